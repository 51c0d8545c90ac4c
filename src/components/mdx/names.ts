/** The tags content writers may use in MDX (the components are in ./index.ts). */
export const mdxComponentNames = ['Idea', 'WhatNext', 'Important'];
