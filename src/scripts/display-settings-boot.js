// The stored display settings, applied before the first paint (src/layouts/Base.astro says why it is written so).
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
  } catch (error) {} // storage disabled or foreign: the OS settings apply
})();
