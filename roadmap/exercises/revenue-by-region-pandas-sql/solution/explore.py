"""Explore order data with pandas and with SQL."""
import pandas as pd


def revenue_by_region(orders, customers):
    joined = orders.merge(customers, on="customer_id", how="inner")
    revenue = joined["quantity"] * joined["unit_price"]
    return revenue.groupby(joined["region"]).sum().sort_index()


def top_customers_sql(conn, n):
    rows = conn.execute(
        "SELECT customer_id, SUM(quantity * unit_price) AS revenue FROM orders "
        "GROUP BY customer_id ORDER BY revenue DESC, customer_id ASC LIMIT ?", (int(n),)
    ).fetchall()
    return [(int(c), float(r)) for c, r in rows]
