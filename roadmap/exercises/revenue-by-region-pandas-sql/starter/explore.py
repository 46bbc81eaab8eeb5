"""Explore order data with pandas and with SQL."""
import pandas as pd


def revenue_by_region(orders, customers):
    raise NotImplementedError


def top_customers_sql(conn, n):
    raise NotImplementedError
