"""Data augmentation and normalisation for small image sets, in plain numpy."""
import numpy as np


def hflip(image):
    # A copy, so the caller's array is never a view that later edits could corrupt.
    return np.ascontiguousarray(np.asarray(image)[:, ::-1, :])


def random_crop(image, size, rng):
    h, w = image.shape[:2]
    if size > h or size > w:
        raise ValueError(f"crop size {size} is larger than the image ({h}x{w})")
    top = int(rng.integers(0, h - size + 1))
    left = int(rng.integers(0, w - size + 1))
    return image[top:top + size, left:left + size, :].copy()


def channel_stats(images):
    scaled = np.asarray(images, dtype=np.float64) / 255.0
    axes = tuple(range(scaled.ndim - 1))
    return scaled.mean(axis=axes), scaled.std(axis=axes)


def normalise(images, mean, std):
    scaled = np.asarray(images, dtype=np.float32) / np.float32(255.0)
    return ((scaled - np.asarray(mean, dtype=np.float32)) / np.asarray(std, dtype=np.float32)).astype(np.float32)


def augment_batch(images, labels, rng, copies=2, crop=20):
    out_images, out_labels = [], []
    for image, label in zip(images, labels):
        for _ in range(copies):
            version = hflip(image) if rng.random() < 0.5 else image
            out_images.append(random_crop(version, crop, rng))
            out_labels.append(label)
    return np.stack(out_images).astype(np.uint8), np.asarray(out_labels)
