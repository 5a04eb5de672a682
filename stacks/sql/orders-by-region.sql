-- Route EU and UK orders to their own topic; runs continuously on a CMF compute pool.
-- Tables resolve in the stack's Kafka catalog and database (sql.current-catalog / sql.current-database).
INSERT INTO `orders_eu`
SELECT order_id, customer_id, amount, region
FROM `orders`
WHERE region IN ('eu', 'uk');
