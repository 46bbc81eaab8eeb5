"""Convolution and max-pooling layers in numpy (the forward pass of a CNN block).

Images are channel-first: x has shape (C_in, H, W); filters w have (C_out, C_in, kH, kW).
"""
import numpy as np


def conv_output_size(n, k, stride=1, padding=0):
    if stride < 1 or padding < 0 or k < 1:
        raise ValueError("stride and kernel must be >= 1 and padding >= 0")
    span = n + 2 * padding - k
    if span < 0:
        raise ValueError(f"kernel {k} is larger than the padded input {n + 2 * padding}")
    return span // stride + 1


def conv2d(x, w, b, stride=1, padding=0):
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    c_out, c_in, kh, kw = w.shape
    if x.shape[0] != c_in:
        raise ValueError(f"input has {x.shape[0]} channels, filters expect {c_in}")
    h_out = conv_output_size(x.shape[1], kh, stride, padding)
    w_out = conv_output_size(x.shape[2], kw, stride, padding)
    xp = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    out = np.empty((c_out, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            patch = xp[:, i * stride:i * stride + kh, j * stride:j * stride + kw]
            # one dot product per filter over (C_in, kH, kW)
            out[:, i, j] = np.tensordot(w, patch, axes=([1, 2, 3], [0, 1, 2]))
    return out + np.asarray(b, dtype=float)[:, None, None]


def max_pool2d(x, size=2, stride=2):
    x = np.asarray(x, dtype=float)
    h_out = conv_output_size(x.shape[1], size, stride)
    w_out = conv_output_size(x.shape[2], size, stride)
    out = np.empty((x.shape[0], h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            window = x[:, i * stride:i * stride + size, j * stride:j * stride + size]
            out[:, i, j] = window.max(axis=(1, 2))
    return out
