/**
 * Runs in <head> before first paint so a reader's chosen theme never flashes.
 * Kept as a constant: its hash goes into the Content-Security-Policy.
 */
export const THEME_SCRIPT =
  'try{var t=localStorage.getItem("theme");if(t==="dark"||t==="light")document.documentElement.dataset.theme=t}catch(e){}';

/**
 * The 404 page is one static file for every path, so it cannot know the
 * reader's language on the server; this picks it from the path (then the
 * saved choice, then the browser) before first paint. Without JavaScript the
 * page shows both languages.
 */
export const NOT_FOUND_LOCALE_SCRIPT =
  'try{var p=location.pathname,m=/^\\/(zh|en)(\\/|$)/.exec(p),c=/(?:^|; )NEXT_LOCALE=(zh|en)/.exec(document.cookie),l=m?m[1]:c?c[1]:/^zh/i.test(navigator.language)?"zh":"en",d=document.documentElement;d.dataset.locale=l;d.lang=l==="zh"?"zh-Hans":"en"}catch(e){}';
