"""The Newsstand: followed catalogs, their editions, downloads and subscriptions."""
