// Every page is prerendered: the site is static files that any web server or intranet share can host.
// Data is read in the browser from data/ at run time.
export const prerender = true;
export const trailingSlash = 'never';
