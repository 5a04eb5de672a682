-- Enrich orders with customer data; runs continuously in the pool it is assigned to.
INSERT INTO `orders_enriched`
SELECT o.order_id, o.amount, c.name AS customer_name, c.tier AS customer_tier
FROM `orders` AS o
JOIN `customers` FOR SYSTEM_TIME AS OF o.`$rowtime` AS c
  ON o.customer_id = c.customer_id;
