"""Split a flower image set into train / validation / test without leaking duplicate photos."""
import hashlib

import numpy as np


def split_indices(images, labels, val_frac=0.15, test_frac=0.15, seed=0):
    images, labels = np.asarray(images), np.asarray(labels)
    # Identical photos (same bytes) form one group: a group never straddles two splits.
    groups = {}
    for i, img in enumerate(images):
        groups.setdefault(hashlib.sha1(np.ascontiguousarray(img).tobytes()).hexdigest(), []).append(i)
    by_class = {}
    for members in groups.values():
        by_class.setdefault(labels[members[0]], []).append(members)
    rng = np.random.default_rng(seed)
    parts = {"train": [], "val": [], "test": []}
    for cls in sorted(by_class):
        cls_groups = by_class[cls]
        order = rng.permutation(len(cls_groups))
        total = sum(len(g) for g in cls_groups)
        taken = {"test": 0, "val": 0}
        for k in order:
            g = cls_groups[k]
            # Fill test, then val, up to their share of this class; the rest is train.
            if taken["test"] + len(g) <= round(total * test_frac):
                name = "test"
            elif taken["val"] + len(g) <= round(total * val_frac):
                name = "val"
            else:
                name = "train"
            taken[name] = taken.get(name, 0) + len(g)
            parts[name].extend(g)
    return tuple(np.array(sorted(parts[n]), dtype=int) for n in ("train", "val", "test"))
