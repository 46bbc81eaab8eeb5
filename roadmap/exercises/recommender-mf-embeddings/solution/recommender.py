"""Matrix factorisation for ratings, trained with alternating least squares in numpy."""
import numpy as np


def fit(ratings, n_users, n_items, seed=0, k=8, reg=5.0, iters=6):
    u = ratings["user"].to_numpy(int); i = ratings["item"].to_numpy(int)
    r = ratings["rating"].to_numpy(float)
    mu = r.mean()
    rng = np.random.default_rng(seed)
    P = rng.normal(0, 0.1, (n_users, k)); Q = rng.normal(0, 0.1, (n_items, k))
    bu = np.zeros(n_users); bi = np.zeros(n_items)
    by_user = [np.flatnonzero(u == a) for a in range(n_users)]
    by_item = [np.flatnonzero(i == b) for b in range(n_items)]
    eye = np.eye(k + 1)
    for _ in range(iters):
        for a, rows in enumerate(by_user):
            if len(rows) == 0: continue
            X = np.hstack([Q[i[rows]], np.ones((len(rows), 1))])
            y = r[rows] - mu - bi[i[rows]]
            sol = np.linalg.solve(X.T @ X + reg * eye, X.T @ y)
            P[a], bu[a] = sol[:k], sol[k]
        for b, rows in enumerate(by_item):
            if len(rows) == 0: continue
            X = np.hstack([P[u[rows]], np.ones((len(rows), 1))])
            y = r[rows] - mu - bu[u[rows]]
            sol = np.linalg.solve(X.T @ X + reg * eye, X.T @ y)
            Q[b], bi[b] = sol[:k], sol[k]
    return {"mu": mu, "P": P, "Q": Q, "bu": bu, "bi": bi}


def predict(model, users, items):
    users = np.asarray(users, int); items = np.asarray(items, int)
    est = model["mu"] + model["bu"][users] + model["bi"][items] + np.sum(model["P"][users] * model["Q"][items], axis=1)
    return np.clip(est, 1.0, 5.0)


def item_embeddings(model):
    return model["Q"]
