export interface DocExample {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}
export declare const sourceFiles: (dir: string) => Array<string>;
export declare const findDocExamples: (srcDir: string) => Array<DocExample>;
export declare const findUndocumentedExports: (srcDir: string) => Array<string>;
export declare const findMarkdownExamples: (files: ReadonlyArray<string>) => Array<DocExample>;
export declare const markdownFiles: (root: string) => Array<string>;
