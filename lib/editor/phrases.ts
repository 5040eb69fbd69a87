/**
 * The editor's own words (Decap CMS's interface text), for a communications officer: what each
 * button does and what to do about a problem, without the words of developers. Decap keeps its
 * English for anything not said here. Registered as the locale "en-GB" (app/council-editor.ts).
 */
export const EDITOR_LOCALE = "en-GB";

export const EDITOR_PHRASES = {
  auth: {
    login: "Open the editor",
    loggingIn: "Opening the editor…",
  },
  app: {
    header: { content: "Content", quickAdd: "Add new" },
    app: {
      errorHeader: "The editor could not start",
      configErrors: "Problems in the editor's set-up",
      checkConfigYml: "This is not a problem with the content: tell the site's developers.",
      loadingConfig: "Opening the editor…",
      waitingBackend: "Opening the content files…",
    },
    notFoundPage: { header: "There is nothing at this address in the editor" },
  },
  collection: {
    sidebar: {
      collections: "What you can edit",
      allCollections: "Everything",
      searchAll: "Search everything",
      searchIn: "Search in",
    },
    collectionTop: {
      sortBy: "Sort by",
      viewAs: "Show as",
      viewAsList: "Show as a list",
      viewAsGrid: "Show as cards",
      newButton: "Add %{collectionLabel}",
      newButtonAriaLabel: "Add %{collectionLabel}",
      searchResults: "Results for “%{searchTerm}”",
      searchResultsInCollection: "Results for “%{searchTerm}” in %{collection}",
      filterBy: "Show only",
      groupBy: "Group by",
    },
    entries: {
      loadingEntries: "Opening…",
      cachingEntries: "Opening…",
      longerLoading: "This can take a minute",
      noEntries: "Nothing here yet",
    },
  },
  editor: {
    editorControl: { field: { optional: "optional" } },
    editorControlPane: {
      widget: {
        required: "%{fieldLabel} is empty: fill it in.",
        regexPattern: "%{fieldLabel}: %{pattern}",
        range: "%{fieldLabel} must be a number from %{minValue} to %{maxValue}.",
        min: "%{fieldLabel} must be %{minValue} or more.",
        max: "%{fieldLabel} must be %{maxValue} or less.",
        rangeCount: "%{fieldLabel} needs from %{minCount} to %{maxCount} entries.",
        rangeCountExact: "%{fieldLabel} needs exactly %{count} entries.",
        rangeMin: "%{fieldLabel} needs at least %{minCount}: add one.",
        rangeMax: "%{fieldLabel} can have %{maxCount} at most: remove one.",
        processing: "%{fieldLabel} is still being read: wait a moment.",
      },
    },
    editor: {
      onLeavePage: "Leave this page? Your changes are not published yet, and would be lost.",
      onPublishing: "Publish this change?",
      loadingEntry: "Opening…",
      confirmLoadBackup:
        "This page has changes you made earlier that were not published. Bring them back?",
    },
    editorToolbar: {
      publishing: "Publishing…",
      publish: "Publish",
      published: "Published",
      publishNow: "Publish now",
      publishAndCreateNew: "Publish, then add another",
      publishAndDuplicate: "Publish, then start a copy",
      unsavedChanges: "Not yet published",
      changesSaved: "Changes saved",
      backCollection: " Editing %{collectionLabel}",
      deleteEntry: "Delete",
    },
    editorWidgets: {
      datetime: { now: "Today", clear: "Clear", setToNow: "Set %{fieldLabel} to today" },
      list: { add: "Add %{item}", addType: "Add %{item}" },
      object: { expand: "Open", collapse: "Close" },
      markdown: { linkPrompt: "The web address the link goes to" },
    },
  },
  ui: {
    errorBoundary: {
      title: "Something went wrong in the editor",
      details: "The editor stopped. Your unpublished changes may be below: copy them, then ",
      reportIt: "tell the site's developers.",
      detailsHeading: "What the editor reported",
    },
    toast: {
      onFailToLoadEntries: "This could not be opened: %{details}",
      onFailToPersist: "%{details}",
      missingRequiredField:
        "Not published: some fields need changing. Each one is marked in red, with what to do.",
      entrySaved: "Published: the change is saved. The preview shows it when you open it again.",
      entryPublished: "Published.",
      onLoggedOut: "The editor was closed: copy any unpublished changes, then open it again.",
      onBackendDown: "The content files cannot be reached: is npm run dev still running?",
    },
  },
};
