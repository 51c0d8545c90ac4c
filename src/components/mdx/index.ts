import Idea from './Idea.astro';
import WhatNext from './WhatNext.astro';
import Important from './Important.astro';

/** The components content writers can use in MDX, and nothing else (names in ./names.ts). */
export const mdxComponents = { Idea, WhatNext, Important };
