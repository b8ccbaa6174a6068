"""RMSNorm over a hidden size of 1024, then a learned scale (batch 16), as samples/torch_rmsnorm.py.

What to look for in the fusion map (CPU, jaxlib 0.10): the square and the sum for the mean are a
library reduction fusion (kCustom, __ynn_fusion); the mean's scaling, the epsilon add and the rsqrt
are one kLoop fusion on the reduced values, and the normalising multiply and the scale another
kLoop fusion over the full array: three kernels where Inductor makes one.
"""
import jax
import jax.numpy as jnp


def rmsnorm(x, weight, eps=1e-6):
    variance = jnp.mean(x * x, axis=-1, keepdims=True)
    return x * jax.lax.rsqrt(variance + eps) * weight


def example():
    x = jax.random.normal(jax.random.PRNGKey(0), (16, 1024), jnp.float32)
    return rmsnorm, (x, jnp.ones(1024, jnp.float32))
