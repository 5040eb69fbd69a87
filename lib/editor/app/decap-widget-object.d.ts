/** decap-cms-widget-object ships no types: the part list-item-control.ts wraps. */
declare module "decap-cms-widget-object" {
  import type { Component } from "react";

  const DecapCmsWidgetObject: {
    Widget: (options?: Record<string, unknown>) => unknown;
    /** Decap's control of a group of fields (a class component of React). */
    controlComponent: new (
      props: Record<string, unknown>,
    ) => Component<Record<string, unknown>, Record<string, unknown>>;
    previewComponent: unknown;
  };
  export default DecapCmsWidgetObject;
}
