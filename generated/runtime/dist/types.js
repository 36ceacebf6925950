// The public types of @docs2sdk/runtime. Generated client packages depend on these names only.
export {};
