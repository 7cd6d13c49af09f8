"""What the embargo area adds to the schema: no root field of its own. A release under embargo is
opened by `page(embargoToken:)` (the pages area) and carries its `embargo`."""

QUERY = None
TYPES = ()
