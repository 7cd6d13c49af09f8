"""What the media area adds to the schema: no root field. Images, renditions and documents are
reached through the pages and blocks that show them, so their privacy is the page's."""

QUERY = None
TYPES = ()
