"""A numerically stable softmax over the last axis of a (128, 512) array, written out by hand.

What to look for in the fusion map (CPU, jaxlib 0.10): five HLO ops with two reductions (max and
sum). XLA splits at the reductions: the max, subtract and exp are one kCustom (__ynn_fusion)
fusion, the sum another, and the divide becomes a reciprocal (kLoop) and a multiply (kLoop).
Compare with the Triton softmax tutorial's single kernel.
"""
import jax
import jax.numpy as jnp


def softmax(x):
    shifted = x - jnp.max(x, axis=-1, keepdims=True)
    e = jnp.exp(shifted)
    return e / jnp.sum(e, axis=-1, keepdims=True)


def example():
    return softmax, (jax.random.normal(jax.random.PRNGKey(0), (128, 512), jnp.float32),)
