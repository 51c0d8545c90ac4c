import Idea from './Idea.astro';
import WhatNext from './WhatNext.astro';
import Important from './Important.astro';

/** The components content writers can use in MDX, and nothing else. */
export const mdxComponents = { Idea, WhatNext, Important };
export const mdxComponentNames = Object.keys(mdxComponents);
