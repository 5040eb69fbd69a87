// Imported first by main.ts: Decap starts itself on load unless told it will be started by hand.
(window as unknown as { CMS_MANUAL_INIT: boolean }).CMS_MANUAL_INIT = true;
