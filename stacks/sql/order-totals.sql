-- Per-minute order totals per customer tier.
INSERT INTO `order_totals`
SELECT window_start, window_end, customer_tier, SUM(amount) AS total
FROM TABLE(TUMBLE(TABLE `orders_enriched`, DESCRIPTOR(`$rowtime`), INTERVAL '1' MINUTE))
GROUP BY window_start, window_end, customer_tier;
