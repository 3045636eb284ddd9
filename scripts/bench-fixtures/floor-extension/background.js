/* global chrome */
// The same path Clearpage takes from the click (action.onClicked → scripting.executeScript of a
// file), with nothing to extract or render: whatever this costs, Clearpage cannot go below it.
chrome.action.onClicked.addListener((tab) => {
  void chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['marker.js'] });
});
