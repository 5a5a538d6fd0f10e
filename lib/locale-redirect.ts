/**
 * Where a reader goes from `/` or from a path without a language
 * (`/posts/<slug>`, `/archive`) when no server negotiates it (the plain-files
 * build; on a server proxy.ts does, with next-intl): the same rule, in the
 * browser. Their earlier choice (the NEXT_LOCALE cookie the language switcher
 * sets), then the first of the browser's languages that the site has, else
 * Chinese. A path that names a file (a dot in its last segment; `/index.html`
 * is `/`) or already has a language is left alone. A constant: its hash goes into each page's
 * Content-Security-Policy.
 */
export const LOCALE_REDIRECT_SCRIPT =
  'try{var p=location.pathname.replace(/\\/index\\.html$/,"/");if(!/^\\/(zh|en)(\\/|$)/.test(p)&&!/\\.[^/]*$/.test(p)){var c=/(?:^|; )NEXT_LOCALE=(zh|en)(?:;|$)/.exec(document.cookie),l=c&&c[1],a=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||""];for(var i=0;!l&&i<a.length;i++){var m=/^(zh|en)(?:-|$)/i.exec(a[i]);if(m)l=m[1].toLowerCase()}location.replace("/"+(l||"zh")+(p==="/"?"":p.replace(/\\/+$/,""))+location.search+location.hash)}}catch(e){}';
