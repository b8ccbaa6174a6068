import jax.numpy as jnp

x = jnp.ones(3)
y = x + 1
