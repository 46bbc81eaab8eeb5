"""Matrix factorisation for ratings, trained with alternating least squares in numpy."""
import numpy as np


def _solve_side(M, R, other, other_bias, mu, reg):
    """Ridge solution for every row at once: features = [other vector, 1], target = rating - mu - other bias."""
    k = other.shape[1]
    X = np.hstack([other, np.ones((other.shape[0], 1))])          # (n_other, k+1)
    target = (R - mu - other_bias[None, :]) * M                    # zero where unrated
    A = np.einsum("ri,ij,il->rjl", M, X, X) + reg * np.eye(k + 1)  # (n_rows, k+1, k+1)
    b = target @ X                                                 # (n_rows, k+1)
    sol = np.linalg.solve(A, b[:, :, None])[:, :, 0]
    return sol[:, :k], sol[:, k]


def fit(ratings, n_users, n_items, seed=0, k=8, reg=5.0, iters=10):
    u = ratings["user"].to_numpy(int)
    i = ratings["item"].to_numpy(int)
    r = ratings["rating"].to_numpy(float)
    M = np.zeros((n_users, n_items)); M[u, i] = 1.0
    R = np.zeros((n_users, n_items)); R[u, i] = r
    mu = float(r.mean())
    rng = np.random.default_rng(seed)
    P = rng.normal(0, 0.1, (n_users, k)); Q = rng.normal(0, 0.1, (n_items, k))
    bu = np.zeros(n_users); bi = np.zeros(n_items)
    for _ in range(iters):
        P, bu = _solve_side(M, R, Q, bi, mu, reg)
        Q, bi = _solve_side(M.T, R.T, P, bu, mu, reg)
    return {"mu": mu, "P": P, "Q": Q, "bu": bu, "bi": bi}


def predict(model, users, items):
    users = np.asarray(users, int)
    items = np.asarray(items, int)
    est = (model["mu"] + model["bu"][users] + model["bi"][items]
           + np.sum(model["P"][users] * model["Q"][items], axis=1))
    return np.clip(est, 1.0, 5.0)   # ratings live on the 1-5 scale


def item_embeddings(model):
    return model["Q"]
