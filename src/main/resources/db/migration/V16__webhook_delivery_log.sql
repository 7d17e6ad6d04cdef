-- The delivery log is trimmed per endpoint and state: an index that reaches an endpoint's newest delivered (or
-- failed) rows without reading through the pending ones, of which thousands may wait behind a slow receiver.
create index webhook_delivery_log on webhook_delivery (endpoint_id, state, created_at);
