// Appends an empty marker element, the floor's stand-in for the reader's host element.
document.documentElement.append(document.createElement('clearpage-floor-marker'));
