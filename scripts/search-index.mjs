// Placeholder replaced by the search-index build step (Pagefind).
