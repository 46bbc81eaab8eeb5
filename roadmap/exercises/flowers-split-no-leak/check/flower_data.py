"""Tiny synthetic 'flower photos' (fixed seed): 24x24 RGB uint8, five species told apart by petal
colour and the size/colour of the centre, with jitter, noise and clutter like real photos."""
import numpy as np

CLASSES = ["daisy", "dandelion", "roses", "sunflowers", "tulips"]
# petal RGB, centre RGB, centre radius (fraction of the flower radius)
_LOOK = {
    "daisy": ((235, 235, 230), (230, 200, 40), 0.30),
    "dandelion": ((240, 210, 30), (225, 190, 20), 0.15),
    "roses": ((200, 30, 50), (150, 20, 40), 0.35),
    "sunflowers": ((245, 190, 20), (100, 60, 20), 0.55),
    "tulips": ((220, 90, 170), (200, 60, 150), 0.20),
}
SIZE = 24


def make_flowers(n_per_class=60, seed=0, size=SIZE):
    """Return (images uint8 (N, size, size, 3), labels array of class names), shuffled."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:size, 0:size]
    images, labels = [], []
    for name in CLASSES:
        petal, centre, ratio = _LOOK[name]
        for _ in range(n_per_class):
            bg = np.array([60, 110, 50]) + rng.normal(0, 18, 3)
            img = np.ones((size, size, 3)) * bg + rng.normal(0, 14, (size, size, 3))
            cy, cx = rng.uniform(size * 0.35, size * 0.65, 2)
            r = rng.uniform(size * 0.25, size * 0.42)
            d = np.hypot(yy - cy, xx - cx)
            light = rng.uniform(0.75, 1.15)
            p = np.clip(np.array(petal) * light + rng.normal(0, 15, 3), 0, 255)
            c = np.clip(np.array(centre) * light + rng.normal(0, 15, 3), 0, 255)
            img[d <= r] = p
            img[d <= r * ratio * rng.uniform(0.8, 1.2)] = c
            img += rng.normal(0, 10, img.shape)
            images.append(np.clip(img, 0, 255).astype(np.uint8))
            labels.append(name)
    order = rng.permutation(len(images))
    return np.stack(images)[order], np.array(labels)[order]
