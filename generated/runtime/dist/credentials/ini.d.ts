export interface IniFile {
    /** Section name -> key -> value. Keys before the first header go to the section "". */
    sections: Record<string, Record<string, string>>;
    /** 1-based numbers of lines that are neither a header, a key = value pair, a comment nor blank. */
    invalidLines: number[];
}
export declare function parseIni(text: string): IniFile;
