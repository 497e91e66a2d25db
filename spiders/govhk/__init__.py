"""GovHK press releases (www.info.gov.hk/gia): RSS feeds, daily index pages and release pages."""
