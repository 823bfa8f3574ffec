// Placeholder replaced by the service-worker build step (Workbox generateSW).
