export declare function readCapped(chunks: AsyncIterable<Uint8Array>, limit?: number): Promise<string>;
