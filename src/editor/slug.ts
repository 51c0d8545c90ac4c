/** A page's folder name, which is its web address: lower-case words joined by dashes. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
