// Applies the reader's stored display settings before the first paint, so that a page never
// flashes in the wrong colours or size. Loaded by src/layouts/Base.astro as a blocking
// <script src> in <head> (the Content-Security-Policy runs no inline script); kept tiny, free of
// imports and classic (not a module), so that it runs before the first paint. Only known
// values are applied: a tampered store changes nothing.
(function () {
  var allowed = {
    theme: ['light', 'dark', 'yellow', 'blue'],
    textSize: ['large', 'larger', 'largest'],
    lineSpacing: ['wide', 'wider'],
    furigana: ['on', 'off'],
    captions: ['off'],
  };
  var attribute = { theme: 'data-theme', textSize: 'data-text-size', lineSpacing: 'data-line-spacing', furigana: 'data-furigana', captions: 'data-captions' };
  try {
    var stored = JSON.parse(localStorage.getItem('mynumber-guide:display') || '{}');
    for (var key in allowed) {
      if (allowed[key].indexOf(stored[key]) !== -1) {
        document.documentElement.setAttribute(attribute[key], stored[key]);
      }
    }
  } catch (error) {
    // Storage may be disabled or hold something else: the page then follows the OS settings.
  }
})();
