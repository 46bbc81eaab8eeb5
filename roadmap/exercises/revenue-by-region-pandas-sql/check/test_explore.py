import sqlite3
import unittest

import numpy as np
import pandas as pd

import explore


def frames():
    rng = np.random.RandomState(5)
    orders = pd.DataFrame({"order_id": range(300), "customer_id": rng.randint(1, 31, 300),
                           "quantity": rng.randint(1, 5, 300), "unit_price": rng.randint(1, 50, 300) * 1.0})
    customers = pd.DataFrame({"customer_id": range(1, 29), "region": [["north", "south", "east"][i % 3] for i in range(28)]})
    return orders, customers  # customers 29 and 30 are unknown


class ExploreTest(unittest.TestCase):
    def test_revenue_by_region(self):
        orders, customers = frames()
        region = orders["customer_id"].map(customers.set_index("customer_id")["region"])
        want = (orders["quantity"] * orders["unit_price"])[region.notna()].groupby(region[region.notna()]).sum().sort_index()
        got = explore.revenue_by_region(orders, customers)
        self.assertEqual(list(got.index), list(want.index), f"regions should be {list(want.index)}, got {list(got.index)}")
        self.assertTrue(np.allclose(got.values, want.values), f"revenue should be {dict(want)}, got {dict(got)}")

    def test_top_customers_with_sql(self):
        orders, _ = frames()
        orders = pd.concat([orders, pd.DataFrame({"order_id": [900, 901], "customer_id": [40, 41], "quantity": [1, 1], "unit_price": [5000.0, 5000.0]})])
        conn = sqlite3.connect(":memory:")
        orders.to_sql("orders", conn, index=False)
        rev = (orders["quantity"] * orders["unit_price"]).groupby(orders["customer_id"]).sum()
        want = sorted(rev.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        got = [(int(c), float(r)) for c, r in explore.top_customers_sql(conn, 5)]
        self.assertEqual(got[:2], [(40, 5000.0), (41, 5000.0)], f"tied customers 40 and 41 (5000 each) come first, by id; got {got[:2]}")
        self.assertEqual(got, [(int(c), float(r)) for c, r in want], f"top 5 should be {want}, got {got}")


if __name__ == "__main__":
    unittest.main()
