/** The part of the `xliff` package tmkit uses; the package ships no types. */
declare module 'xliff' {
  /** A unit's text: a string, or the package's objects and arrays when it holds inline elements. */
  export type XliffValue = string | XliffValue[] | { [element: string]: unknown };

  export interface XliffUnit {
    source?: XliffValue;
    target?: XliffValue;
    note?: XliffValue;
    groupUnits?: Record<string, XliffUnit>;
    additionalAttributes?: Record<string, string>;
  }

  /** The package's JavaScript form of an XLIFF document: namespace (XLIFF file) → key (unit id) → unit. */
  export interface XliffJs {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources?: Record<string, Record<string, XliffUnit>>;
  }

  type Callback<T> = (error: Error | null, result: T) => void;

  export function createjs(
    srcLng: string,
    trgLng: string,
    srcKeys: Record<string, string>,
    trgKeys: Record<string, string>,
    ns: string,
    cb: Callback<XliffJs>,
    ntKeys?: Record<string, string>,
  ): XliffJs;
  export function js2xliff(js: XliffJs, options: { indent?: string }, cb: Callback<string>): string;
  export function xliff2js(xml: string, options: Record<string, never>, cb: Callback<XliffJs>): void;
  export function targetOfjs(js: XliffJs): Record<string, XliffValue>;
  export function sourceOfjs(js: XliffJs): Record<string, XliffValue>;
}
