// -----// IR Dump Before VerifyLegalXTileOpsPass: xtile-verify-legal-ops ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  xtile.entry_func @wrapped_add(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = stablehlo.add %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    xtile.return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  xtile.entry_func @wrapped_add(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = stablehlo.add %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    xtile.return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  xtile.entry_func @wrapped_add(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = stablehlo.add %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    xtile.return
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  xtile.entry_func @wrapped_add(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = stablehlo.add %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    xtile.return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  xtile.entry_func @wrapped_add(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = stablehlo.add %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    xtile.return
  }
}


// -----// IR Dump Before LowerXTileEntryPass: xtile-cpu-lower-xtile-entry ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  xtile.entry_func @wrapped_add(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = stablehlo.add %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    xtile.return
  }
}


// -----// IR Dump Before StablehloTargetIndependentOptimizationPass: stablehlo-target-independent-optimization{assume-no-undeclared-side-effects=false fold-op-element-limit=65536 optimize-float=true} ('func.func' operation: @wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = stablehlo.add %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before StablehloTargetIndependentOptimizationPass: stablehlo-target-independent-optimization{assume-no-undeclared-side-effects=false fold-op-element-limit=65536 optimize-float=true} ('func.func' operation: @wrapped_add_impl) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = stablehlo.add %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before StablehloLowerToArithPass: stablehlo-lower-to-arith ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = stablehlo.add %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before ShloToVectorPass: xtile-cpu-shlo-to-vector ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = arith.addi %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = arith.addi %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before LowerVectorMultiReduction: lower-vector-multi-reduction{lowering-strategy=inner-parallel} ('func.func' operation: @wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = arith.addi %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before LowerVectorMultiReduction: lower-vector-multi-reduction{lowering-strategy=inner-parallel} ('func.func' operation: @wrapped_add_impl) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = arith.addi %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before TensorOpsToBufferizablePass: xtile-cpu-tensor-ops-to-bufferizable ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = arith.addi %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before StablehloLowerToXtilePass: stablehlo-lower-to-xtile ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = arith.addi %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before StablehloLegalizeToLinalgPass: stablehlo-legalize-to-linalg{capture-scalar-inputs=true enable-primitive-ops=false enable-sparse-ops=false} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = arith.addi %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before ConvertElementwise0DTensorToScalarPass: convert-elementwise-0d-tensor-to-scalar ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %2 = arith.addi %0, %1 : tensor<i32>
    xtile.insert %2 into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before ConvertElementwiseToLinalgPass: convert-elementwise-to-linalg ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %extracted = tensor.extract %0[] : tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %extracted_0 = tensor.extract %1[] : tensor<i32>
    %2 = arith.addi %extracted, %extracted_0 : i32
    %from_elements = tensor.from_elements %2 : tensor<i32>
    xtile.insert %from_elements into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before FuseElementwisePass: xtile-cpu-fuse-elementwise ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %extracted = tensor.extract %0[] : tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %extracted_0 = tensor.extract %1[] : tensor<i32>
    %2 = arith.addi %extracted, %extracted_0 : i32
    %from_elements = tensor.from_elements %2 : tensor<i32>
    xtile.insert %from_elements into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %extracted = tensor.extract %0[] : tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %extracted_0 = tensor.extract %1[] : tensor<i32>
    %2 = arith.addi %extracted, %extracted_0 : i32
    %from_elements = tensor.from_elements %2 : tensor<i32>
    xtile.insert %from_elements into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before EmptyTensorEliminationPass: eliminate-empty-tensors ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %extracted = tensor.extract %0[] : tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %extracted_0 = tensor.extract %1[] : tensor<i32>
    %2 = arith.addi %extracted, %extracted_0 : i32
    %from_elements = tensor.from_elements %2 : tensor<i32>
    xtile.insert %from_elements into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before OneShotBufferizePass: one-shot-bufferize{allow-return-allocs-from-loops=false allow-unknown-ops=false analysis-fuzzer-seed=0 analysis-heuristic=bottom-up buffer-alignment=64 bufferize-function-boundaries=false check-parallel-regions=true copy-before-write=false  dump-alias-sets=false function-boundary-type-conversion=infer-layout-map must-infer-memory-space=false  print-conflicts=false test-analysis-only=false unknown-type-conversion=fully-dynamic-layout-map use-encoding-for-memory-space=false} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = xtile.extract %arg0[] [] [] : memref<i32> -> tensor<i32>
    %extracted = tensor.extract %0[] : tensor<i32>
    %1 = xtile.extract %arg1[] [] [] : memref<i32> -> tensor<i32>
    %extracted_0 = tensor.extract %1[] : tensor<i32>
    %2 = arith.addi %extracted, %extracted_0 : i32
    %from_elements = tensor.from_elements %2 : tensor<i32>
    xtile.insert %from_elements into %arg2[] [] [] : tensor<i32> -> memref<i32>
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %true = arith.constant true
    %0 = scf.if %true -> (memref<i32>) {
      %subview = memref.subview %arg0[] [] [] : memref<i32> to memref<i32, strided<[]>>
      %alloc_2 = memref.alloc() : memref<i32>
      memref.copy %subview, %alloc_2 : memref<i32, strided<[]>> to memref<i32>
      scf.yield %alloc_2 : memref<i32>
    } else {
      %subview = memref.subview %arg0[] [] [] : memref<i32> to memref<i32, strided<[]>>
      %alloc_2 = memref.alloc() : memref<i32>
      %subview_3 = memref.subview %alloc_2[] [] [] : memref<i32> to memref<i32, strided<[]>>
      memref.copy %subview, %subview_3 : memref<i32, strided<[]>> to memref<i32, strided<[]>>
      scf.yield %alloc_2 : memref<i32>
    }
    %1 = memref.load %0[] : memref<i32>
    %true_0 = arith.constant true
    %2 = scf.if %true_0 -> (memref<i32>) {
      %subview = memref.subview %arg1[] [] [] : memref<i32> to memref<i32, strided<[]>>
      %alloc_2 = memref.alloc() : memref<i32>
      memref.copy %subview, %alloc_2 : memref<i32, strided<[]>> to memref<i32>
      scf.yield %alloc_2 : memref<i32>
    } else {
      %subview = memref.subview %arg1[] [] [] : memref<i32> to memref<i32, strided<[]>>
      %alloc_2 = memref.alloc() : memref<i32>
      %subview_3 = memref.subview %alloc_2[] [] [] : memref<i32> to memref<i32, strided<[]>>
      memref.copy %subview, %subview_3 : memref<i32, strided<[]>> to memref<i32, strided<[]>>
      scf.yield %alloc_2 : memref<i32>
    }
    %3 = memref.load %2[] : memref<i32>
    %4 = arith.addi %1, %3 : i32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<i32>
    memref.store %4, %alloc[] : memref<i32>
    %true_1 = arith.constant true
    scf.if %true_1 {
      %subview = memref.subview %arg2[] [] [] : memref<i32> to memref<i32, strided<[]>>
      memref.copy %alloc, %subview : memref<i32> to memref<i32, strided<[]>>
    } else {
      %subview = memref.subview %alloc[] [] [] : memref<i32> to memref<i32, strided<[]>>
      %subview_2 = memref.subview %arg2[] [] [] : memref<i32> to memref<i32, strided<[]>>
      memref.copy %subview, %subview_2 : memref<i32, strided<[]>> to memref<i32, strided<[]>>
    }
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloc = memref.alloc() : memref<i32>
    memref.copy %arg0, %alloc : memref<i32> to memref<i32>
    %0 = memref.load %alloc[] : memref<i32>
    %alloc_0 = memref.alloc() : memref<i32>
    memref.copy %arg1, %alloc_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloc_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloc_1[] : memref<i32>
    memref.copy %alloc_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before BufferHoistingPass: buffer-hoisting ('func.func' operation: @wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloc = memref.alloc() : memref<i32>
    memref.copy %arg0, %alloc : memref<i32> to memref<i32>
    %0 = memref.load %alloc[] : memref<i32>
    %alloc_0 = memref.alloc() : memref<i32>
    memref.copy %arg1, %alloc_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloc_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloc_1[] : memref<i32>
    memref.copy %alloc_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before BufferHoistingPass: buffer-hoisting ('func.func' operation: @wrapped_add_impl) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloc = memref.alloc() : memref<i32>
    memref.copy %arg0, %alloc : memref<i32> to memref<i32>
    %0 = memref.load %alloc[] : memref<i32>
    %alloc_0 = memref.alloc() : memref<i32>
    memref.copy %arg1, %alloc_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloc_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloc_1[] : memref<i32>
    memref.copy %alloc_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before FoldMemRefAliasOpsPass: fold-memref-alias-ops ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloc = memref.alloc() : memref<i32>
    memref.copy %arg0, %alloc : memref<i32> to memref<i32>
    %0 = memref.load %alloc[] : memref<i32>
    %alloc_0 = memref.alloc() : memref<i32>
    memref.copy %arg1, %alloc_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloc_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloc_1[] : memref<i32>
    memref.copy %alloc_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before PromoteBuffersToStackPass: promote-buffers-to-stack{max-alloc-size-in-bytes=4096 max-rank-of-allocated-memref=1} ('func.func' operation: @wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloc = memref.alloc() : memref<i32>
    memref.copy %arg0, %alloc : memref<i32> to memref<i32>
    %0 = memref.load %alloc[] : memref<i32>
    %alloc_0 = memref.alloc() : memref<i32>
    memref.copy %arg1, %alloc_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloc_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloc_1[] : memref<i32>
    memref.copy %alloc_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before PromoteBuffersToStackPass: promote-buffers-to-stack{max-alloc-size-in-bytes=4096 max-rank-of-allocated-memref=1} ('func.func' operation: @wrapped_add_impl) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloc = memref.alloc() : memref<i32>
    memref.copy %arg0, %alloc : memref<i32> to memref<i32>
    %0 = memref.load %alloc[] : memref<i32>
    %alloc_0 = memref.alloc() : memref<i32>
    memref.copy %arg1, %alloc_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloc_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloc_1[] : memref<i32>
    memref.copy %alloc_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before ExpandReallocPass: expand-realloc{emit-deallocs=false} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before OwnershipBasedBufferDeallocationPass: ownership-based-buffer-deallocation{private-function-dynamic-ownership=false} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %false = arith.constant false
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %false_0 = arith.constant false
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %false_1 = arith.constant false
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %false_2 = arith.constant false
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      %false_3 = arith.constant false
      %false_4 = arith.constant false
      %false_5 = arith.constant false
      %true = arith.constant true
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %false = arith.constant false
    %false_0 = arith.constant false
    %false_1 = arith.constant false
    %false_2 = arith.constant false
    %false_3 = arith.constant false
    %false_4 = arith.constant false
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_5 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_5 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_5[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_6 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_6[] : memref<i32>
    memref.copy %alloca_6, %arg2 : memref<i32> to memref<i32>
    %base_buffer, %offset = memref.extract_strided_metadata %arg0 : memref<i32> -> memref<i32>, index
    %base_buffer_7, %offset_8 = memref.extract_strided_metadata %arg1 : memref<i32> -> memref<i32>, index
    %base_buffer_9, %offset_10 = memref.extract_strided_metadata %arg2 : memref<i32> -> memref<i32>, index
    bufferization.dealloc (%base_buffer, %base_buffer_7, %base_buffer_9 : memref<i32>, memref<i32>, memref<i32>) if (%false_2, %false_3, %false_4)
    return
  }
}


// -----// IR Dump Before BufferDeallocationSimplificationPass: buffer-deallocation-simplification ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before LowerDeallocationsPass: bufferization-lower-deallocations ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before LinalgElementwiseToVectorPass: xtile-cpu-linalg-elementwise-to-vector ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before FoldMemRefAliasOpsPass: fold-memref-alias-ops ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before xla::cpu::ModuleCallbackPass: unknown<xla::cpu::ModuleCallbackPass> ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before VectorToScalarPass: xtile-cpu-vector-to-scalar ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before MemrefCopyToLoopsPass: xtile-cpu-memref-copy-to-loops ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before LowerToLLVMPass: xla-cpu-lower-to-llvm{prefer_vector_width=256} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla_cpu.load %arg0, 0 : memref<i32>
    %1 = xla_cpu.load %arg0, 1 : memref<i32>
    %2 = xla_cpu.load %arg0, 2 : memref<i32>
    %3 = xla_cpu.extract_workgroup_id %arg0, x
    %4 = arith.maxsi %3, %c0 : index
    %5 = arith.minsi %4, %c1 : index
    %6 = arith.addi %4, %c1 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c1 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @wrapped_add_impl(%0, %1, %2, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before ConvertVectorToSCF: convert-vector-to-scf{full-unroll=false lower-scalable=false lower-tensors=false target-rank=1} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 : index
    %33 = arith.minsi %32, %c1 : index
    %34 = arith.addi %32, %c1 overflow<nsw, nuw> : index
    %35 = arith.minsi %34, %c1 : index
    scf.for %arg1 = %33 to %35 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before UnpackSubByteVectorWritePass: xtile-cpu-unpack-sub-byte-vector-write ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 : index
    %33 = arith.minsi %32, %c1 : index
    %34 = arith.addi %32, %c1 overflow<nsw, nuw> : index
    %35 = arith.minsi %34, %c1 : index
    scf.for %arg1 = %33 to %35 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before ConvertVectorToLLVMPass: convert-vector-to-llvm{enable-arm-bf16=false enable-arm-i8mm=false enable-arm-neon=false enable-arm-sve=false enable-x86=false force-32bit-vector-indices=true reassociate-fp-reductions=false use-vector-alignment=false vector-contract-lowering=dot vector-transpose-lowering=shuffle16x16} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 : index
    %33 = arith.minsi %32, %c1 : index
    %34 = arith.addi %32, %c1 overflow<nsw, nuw> : index
    %35 = arith.minsi %34, %c1 : index
    scf.for %arg1 = %33 to %35 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before ConvertComplexToStandardPass: convert-complex-to-standard{complex-range=improved} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 : index
    %33 = arith.minsi %32, %c1 : index
    %34 = arith.addi %32, %c1 overflow<nsw, nuw> : index
    %35 = arith.minsi %34, %c1 : index
    scf.for %arg1 = %33 to %35 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before ExpandStridedMetadataPass: expand-strided-metadata ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 : index
    %33 = arith.minsi %32, %c1 : index
    %34 = arith.addi %32, %c1 overflow<nsw, nuw> : index
    %35 = arith.minsi %34, %c1 : index
    scf.for %arg1 = %33 to %35 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before SafeIntegerArithmeticPass: xla-safe-integer-arithmetic ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 : index
    %33 = arith.minsi %32, %c1 : index
    %34 = arith.addi %32, %c1 overflow<nsw, nuw> : index
    %35 = arith.minsi %34, %c1 : index
    scf.for %arg1 = %33 to %35 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 : index
    %33 = arith.minsi %32, %c1 : index
    %34 = arith.addi %32, %c1 overflow<nsw, nuw> : index
    %35 = arith.minsi %34, %c1 : index
    scf.for %arg1 = %33 to %35 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @wrapped_add_impl) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %33 = arith.minsi %32, %c1 {xla.range = [0 : index, 1 : index]} : index
    scf.for %arg1 = %33 to %c1 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before ExpandIntegerPowerPass: xla-expand-integer-power ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %33 = arith.minsi %32, %c1 {xla.range = [0 : index, 1 : index]} : index
    scf.for %arg1 = %33 to %c1 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before SimplifyAffinePass: xla-simplify-affine ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %33 = arith.minsi %32, %c1 {xla.range = [0 : index, 1 : index]} : index
    scf.for %arg1 = %33 to %c1 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %33 = arith.minsi %32, %c1 {xla.range = [0 : index, 1 : index]} : index
    scf.for %arg1 = %33 to %c1 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %33 = arith.minsi %32, %c1 {xla.range = [0 : index, 1 : index]} : index
    scf.for %arg1 = %33 to %c1 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %33 = arith.minsi %32, %c1 {xla.range = [0 : index, 1 : index]} : index
    scf.for %arg1 = %33 to %c1 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before SymbolDCEPass: symbol-dce ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %33 = arith.minsi %32, %c1 {xla.range = [0 : index, 1 : index]} : index
    scf.for %arg1 = %33 to %c1 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> !llvm.ptr
    %23 = llvm.insertvalue %22, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %22, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.insertvalue %1, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    %32 = arith.maxsi %31, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %33 = arith.minsi %32, %c1 {xla.range = [0 : index, 1 : index]} : index
    scf.for %arg1 = %33 to %c1 step %c1 {
      func.call @wrapped_add_impl(%10, %18, %26, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %4[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.insertvalue %12, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %14 = llvm.insertvalue %12, %13[1] : !llvm.struct<(ptr, ptr, i64)> 
    %15 = llvm.insertvalue %1, %14[2] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = builtin.unrealized_conversion_cast %15 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %17 = llvm.getelementptr inbounds %4[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> !llvm.ptr
    %19 = llvm.insertvalue %18, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %20 = llvm.insertvalue %18, %19[1] : !llvm.struct<(ptr, ptr, i64)> 
    %21 = llvm.insertvalue %1, %20[2] : !llvm.struct<(ptr, ptr, i64)> 
    %22 = builtin.unrealized_conversion_cast %21 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    %28 = arith.maxsi %27, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %29 = arith.minsi %28, %c1 {xla.range = [0 : index, 1 : index]} : index
    scf.for %arg1 = %29 to %c1 step %c1 {
      func.call @wrapped_add_impl(%10, %16, %22, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @wrapped_add_impl) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %4[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.insertvalue %12, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %14 = llvm.insertvalue %12, %13[1] : !llvm.struct<(ptr, ptr, i64)> 
    %15 = llvm.insertvalue %1, %14[2] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = builtin.unrealized_conversion_cast %15 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %17 = llvm.getelementptr inbounds %4[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> !llvm.ptr
    %19 = llvm.insertvalue %18, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %20 = llvm.insertvalue %18, %19[1] : !llvm.struct<(ptr, ptr, i64)> 
    %21 = llvm.insertvalue %1, %20[2] : !llvm.struct<(ptr, ptr, i64)> 
    %22 = builtin.unrealized_conversion_cast %21 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    %28 = arith.maxsi %27, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %29 = arith.minsi %28, %c1 {xla.range = [0 : index, 1 : index]} : index
    scf.for %arg1 = %29 to %c1 step %c1 {
      func.call @wrapped_add_impl(%10, %16, %22, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-expand-float-ops{approximate_tanh=false} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %4[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.insertvalue %12, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %14 = llvm.insertvalue %12, %13[1] : !llvm.struct<(ptr, ptr, i64)> 
    %15 = llvm.insertvalue %1, %14[2] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = builtin.unrealized_conversion_cast %15 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %17 = llvm.getelementptr inbounds %4[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> !llvm.ptr
    %19 = llvm.insertvalue %18, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %20 = llvm.insertvalue %18, %19[1] : !llvm.struct<(ptr, ptr, i64)> 
    %21 = llvm.insertvalue %1, %20[2] : !llvm.struct<(ptr, ptr, i64)> 
    %22 = builtin.unrealized_conversion_cast %21 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    %28 = arith.maxsi %27, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %29 = arith.minsi %28, %c1 {xla.range = [0 : index, 1 : index]} : index
    scf.for %arg1 = %29 to %c1 step %c1 {
      func.call @wrapped_add_impl(%10, %16, %22, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %4[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.insertvalue %12, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %14 = llvm.insertvalue %12, %13[1] : !llvm.struct<(ptr, ptr, i64)> 
    %15 = llvm.insertvalue %1, %14[2] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = builtin.unrealized_conversion_cast %15 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %17 = llvm.getelementptr inbounds %4[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> !llvm.ptr
    %19 = llvm.insertvalue %18, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %20 = llvm.insertvalue %18, %19[1] : !llvm.struct<(ptr, ptr, i64)> 
    %21 = llvm.insertvalue %1, %20[2] : !llvm.struct<(ptr, ptr, i64)> 
    %22 = builtin.unrealized_conversion_cast %21 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    %28 = arith.maxsi %27, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %29 = arith.minsi %28, %c1 {xla.range = [0 : index, 1 : index]} : index
    scf.for %arg1 = %29 to %c1 step %c1 {
      func.call @wrapped_add_impl(%10, %16, %22, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %4[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.insertvalue %12, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %14 = llvm.insertvalue %12, %13[1] : !llvm.struct<(ptr, ptr, i64)> 
    %15 = llvm.insertvalue %1, %14[2] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = builtin.unrealized_conversion_cast %15 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %17 = llvm.getelementptr inbounds %4[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> !llvm.ptr
    %19 = llvm.insertvalue %18, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %20 = llvm.insertvalue %18, %19[1] : !llvm.struct<(ptr, ptr, i64)> 
    %21 = llvm.insertvalue %1, %20[2] : !llvm.struct<(ptr, ptr, i64)> 
    %22 = builtin.unrealized_conversion_cast %21 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    %28 = arith.maxsi %27, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %29 = arith.minsi %28, %c1 {xla.range = [0 : index, 1 : index]} : index
    scf.for %arg1 = %29 to %c1 step %c1 {
      func.call @wrapped_add_impl(%10, %16, %22, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before SCFToControlFlowPass: convert-scf-to-cf{allow-pattern-rollback=true} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %4[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.insertvalue %12, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %14 = llvm.insertvalue %12, %13[1] : !llvm.struct<(ptr, ptr, i64)> 
    %15 = llvm.insertvalue %1, %14[2] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = builtin.unrealized_conversion_cast %15 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %17 = llvm.getelementptr inbounds %4[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> !llvm.ptr
    %19 = llvm.insertvalue %18, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %20 = llvm.insertvalue %18, %19[1] : !llvm.struct<(ptr, ptr, i64)> 
    %21 = llvm.insertvalue %1, %20[2] : !llvm.struct<(ptr, ptr, i64)> 
    %22 = builtin.unrealized_conversion_cast %21 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    %28 = arith.maxsi %27, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %29 = arith.minsi %28, %c1 {xla.range = [0 : index, 1 : index]} : index
    scf.for %arg1 = %29 to %c1 step %c1 {
      func.call @wrapped_add_impl(%10, %16, %22, %arg1) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before LowerXlaIntrinsicLibPass: xla-lower-xla-intrinsic-lib ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %4[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.insertvalue %12, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %14 = llvm.insertvalue %12, %13[1] : !llvm.struct<(ptr, ptr, i64)> 
    %15 = llvm.insertvalue %1, %14[2] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = builtin.unrealized_conversion_cast %15 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %17 = llvm.getelementptr inbounds %4[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> !llvm.ptr
    %19 = llvm.insertvalue %18, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %20 = llvm.insertvalue %18, %19[1] : !llvm.struct<(ptr, ptr, i64)> 
    %21 = llvm.insertvalue %1, %20[2] : !llvm.struct<(ptr, ptr, i64)> 
    %22 = builtin.unrealized_conversion_cast %21 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    %28 = arith.maxsi %27, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %29 = arith.minsi %28, %c1 {xla.range = [0 : index, 1 : index]} : index
    cf.br ^bb1(%29 : index)
  ^bb1(%30: index):  // 2 preds: ^bb0, ^bb2
    %31 = arith.cmpi slt, %30, %c1 : index
    cf.cond_br %31, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    call @wrapped_add_impl(%10, %16, %22, %30) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    %32 = arith.addi %30, %c1 : index
    cf.br ^bb1(%32 : index)
  ^bb3:  // pred: ^bb1
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %4[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.insertvalue %12, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %14 = llvm.insertvalue %12, %13[1] : !llvm.struct<(ptr, ptr, i64)> 
    %15 = llvm.insertvalue %1, %14[2] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = builtin.unrealized_conversion_cast %15 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %17 = llvm.getelementptr inbounds %4[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> !llvm.ptr
    %19 = llvm.insertvalue %18, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %20 = llvm.insertvalue %18, %19[1] : !llvm.struct<(ptr, ptr, i64)> 
    %21 = llvm.insertvalue %1, %20[2] : !llvm.struct<(ptr, ptr, i64)> 
    %22 = builtin.unrealized_conversion_cast %21 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    %28 = arith.maxsi %27, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %29 = arith.minsi %28, %c1 {xla.range = [0 : index, 1 : index]} : index
    cf.br ^bb1(%29 : index)
  ^bb1(%30: index):  // 2 preds: ^bb0, ^bb2
    %31 = arith.cmpi slt, %30, %c1 : index
    cf.cond_br %31, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    call @wrapped_add_impl(%10, %16, %22, %30) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    %32 = arith.addi %30, %c1 : index
    cf.br ^bb1(%32 : index)
  ^bb3:  // pred: ^bb1
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @wrapped_add_impl) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %4[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.insertvalue %12, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %14 = llvm.insertvalue %12, %13[1] : !llvm.struct<(ptr, ptr, i64)> 
    %15 = llvm.insertvalue %1, %14[2] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = builtin.unrealized_conversion_cast %15 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %17 = llvm.getelementptr inbounds %4[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> !llvm.ptr
    %19 = llvm.insertvalue %18, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %20 = llvm.insertvalue %18, %19[1] : !llvm.struct<(ptr, ptr, i64)> 
    %21 = llvm.insertvalue %1, %20[2] : !llvm.struct<(ptr, ptr, i64)> 
    %22 = builtin.unrealized_conversion_cast %21 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    %28 = arith.maxsi %27, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %29 = arith.minsi %28, %c1 {xla.range = [0 : index, 1 : index]} : index
    cf.br ^bb1(%29 : index)
  ^bb1(%30: index):  // 2 preds: ^bb0, ^bb2
    %31 = arith.cmpi slt, %30, %c1 : index
    cf.cond_br %31, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    call @wrapped_add_impl(%10, %16, %22, %30) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    %32 = arith.addi %30, %c1 : index
    cf.br ^bb1(%32 : index)
  ^bb3:  // pred: ^bb1
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before ConvertMathToLibmPass: convert-math-to-libm ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %4[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.insertvalue %12, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %14 = llvm.insertvalue %12, %13[1] : !llvm.struct<(ptr, ptr, i64)> 
    %15 = llvm.insertvalue %1, %14[2] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = builtin.unrealized_conversion_cast %15 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %17 = llvm.getelementptr inbounds %4[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> !llvm.ptr
    %19 = llvm.insertvalue %18, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %20 = llvm.insertvalue %18, %19[1] : !llvm.struct<(ptr, ptr, i64)> 
    %21 = llvm.insertvalue %1, %20[2] : !llvm.struct<(ptr, ptr, i64)> 
    %22 = builtin.unrealized_conversion_cast %21 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    %28 = arith.maxsi %27, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %29 = arith.minsi %28, %c1 {xla.range = [0 : index, 1 : index]} : index
    cf.br ^bb1(%29 : index)
  ^bb1(%30: index):  // 2 preds: ^bb0, ^bb2
    %31 = arith.cmpi slt, %30, %c1 : index
    cf.cond_br %31, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    call @wrapped_add_impl(%10, %16, %22, %30) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    %32 = arith.addi %30, %c1 : index
    cf.br ^bb1(%32 : index)
  ^bb3:  // pred: ^bb1
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before LowerToLLVMCPUPass: xla-lower-to-llvm-cpu ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.insertvalue %6, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.insertvalue %6, %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %1, %8[2] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %11 = llvm.getelementptr inbounds %4[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.insertvalue %12, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %14 = llvm.insertvalue %12, %13[1] : !llvm.struct<(ptr, ptr, i64)> 
    %15 = llvm.insertvalue %1, %14[2] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = builtin.unrealized_conversion_cast %15 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %17 = llvm.getelementptr inbounds %4[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> !llvm.ptr
    %19 = llvm.insertvalue %18, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %20 = llvm.insertvalue %18, %19[1] : !llvm.struct<(ptr, ptr, i64)> 
    %21 = llvm.insertvalue %1, %20[2] : !llvm.struct<(ptr, ptr, i64)> 
    %22 = builtin.unrealized_conversion_cast %21 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    %28 = arith.maxsi %27, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %29 = arith.minsi %28, %c1 {xla.range = [0 : index, 1 : index]} : index
    cf.br ^bb1(%29 : index)
  ^bb1(%30: index):  // 2 preds: ^bb0, ^bb2
    %31 = arith.cmpi slt, %30, %c1 : index
    cf.cond_br %31, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    call @wrapped_add_impl(%10, %16, %22, %30) : (memref<i32>, memref<i32>, memref<i32>, index) -> ()
    %32 = arith.addi %30, %c1 : index
    cf.br ^bb1(%32 : index)
  ^bb3:  // pred: ^bb1
    return %0 : !llvm.ptr
  }
  func.func @wrapped_add_impl(%arg0: memref<i32>, %arg1: memref<i32>, %arg2: memref<i32>, %arg3: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %alloca = memref.alloca() : memref<i32>
    memref.copy %arg0, %alloca : memref<i32> to memref<i32>
    %0 = memref.load %alloca[] : memref<i32>
    %alloca_0 = memref.alloca() : memref<i32>
    memref.copy %arg1, %alloca_0 : memref<i32> to memref<i32>
    %1 = memref.load %alloca_0[] : memref<i32>
    %2 = arith.addi %0, %1 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %alloca_1 = memref.alloca() {alignment = 64 : i64} : memref<i32>
    memref.store %2, %alloca_1[] : memref<i32>
    memref.copy %alloca_1, %arg2 : memref<i32> to memref<i32>
    return
  }
}


// -----// IR Dump Before ReconcileUnrealizedCastsPass: reconcile-unrealized-casts ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  llvm.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %3 = llvm.mlir.constant(1 : index) : i64
    %4 = llvm.mlir.constant(0 : index) : i64
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant : !llvm.ptr -> !llvm.ptr
    %9 = llvm.insertvalue %8, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = llvm.insertvalue %8, %9[1] : !llvm.struct<(ptr, ptr, i64)> 
    %11 = llvm.insertvalue %1, %10[2] : !llvm.struct<(ptr, ptr, i64)> 
    %12 = builtin.unrealized_conversion_cast %11 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %13 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.insertvalue %1, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %19 = llvm.getelementptr inbounds %6[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> !llvm.ptr
    %21 = llvm.insertvalue %20, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %22 = llvm.insertvalue %20, %21[1] : !llvm.struct<(ptr, ptr, i64)> 
    %23 = llvm.insertvalue %1, %22[2] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = builtin.unrealized_conversion_cast %23 : !llvm.struct<(ptr, ptr, i64)> to memref<i32>
    %25 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %26 = llvm.load %25 : !llvm.ptr -> !llvm.ptr
    %27 = llvm.getelementptr inbounds %26[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> i64
    %29 = builtin.unrealized_conversion_cast %28 : i64 to index
    %30 = llvm.intr.smax(%28, %4) {xla.range = [0 : index, 9223372036854775807 : index]} : (i64, i64) -> i64
    %31 = llvm.intr.smin(%30, %3) {xla.range = [0 : index, 1 : index]} : (i64, i64) -> i64
    llvm.br ^bb1(%31 : i64)
  ^bb1(%32: i64):  // 2 preds: ^bb0, ^bb2
    %33 = llvm.icmp "slt" %32, %3 : i64
    llvm.cond_br %33, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %34 = llvm.extractvalue %11[0] : !llvm.struct<(ptr, ptr, i64)> 
    %35 = llvm.extractvalue %11[1] : !llvm.struct<(ptr, ptr, i64)> 
    %36 = llvm.extractvalue %11[2] : !llvm.struct<(ptr, ptr, i64)> 
    %37 = llvm.extractvalue %17[0] : !llvm.struct<(ptr, ptr, i64)> 
    %38 = llvm.extractvalue %17[1] : !llvm.struct<(ptr, ptr, i64)> 
    %39 = llvm.extractvalue %17[2] : !llvm.struct<(ptr, ptr, i64)> 
    %40 = llvm.extractvalue %23[0] : !llvm.struct<(ptr, ptr, i64)> 
    %41 = llvm.extractvalue %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %42 = llvm.extractvalue %23[2] : !llvm.struct<(ptr, ptr, i64)> 
    llvm.call @wrapped_add_impl(%34, %35, %36, %37, %38, %39, %40, %41, %42, %32) : (!llvm.ptr, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr, i64, i64) -> ()
    %43 = llvm.add %32, %3 : i64
    llvm.br ^bb1(%43 : i64)
  ^bb3:  // pred: ^bb1
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @wrapped_add_impl(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: i64, %arg6: !llvm.ptr, %arg7: !llvm.ptr, %arg8: i64, %arg9: i64) attributes {always_inline, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %1 = llvm.insertvalue %arg6, %0[0] : !llvm.struct<(ptr, ptr, i64)> 
    %2 = llvm.insertvalue %arg7, %1[1] : !llvm.struct<(ptr, ptr, i64)> 
    %3 = llvm.insertvalue %arg8, %2[2] : !llvm.struct<(ptr, ptr, i64)> 
    %4 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %5 = llvm.insertvalue %arg3, %4[0] : !llvm.struct<(ptr, ptr, i64)> 
    %6 = llvm.insertvalue %arg4, %5[1] : !llvm.struct<(ptr, ptr, i64)> 
    %7 = llvm.insertvalue %arg5, %6[2] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %9 = llvm.insertvalue %arg0, %8[0] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = llvm.insertvalue %arg1, %9[1] : !llvm.struct<(ptr, ptr, i64)> 
    %11 = llvm.insertvalue %arg2, %10[2] : !llvm.struct<(ptr, ptr, i64)> 
    %12 = llvm.mlir.constant(1 : index) : i64
    %13 = llvm.alloca %12 x i32 : (i64) -> !llvm.ptr
    %14 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %15 = llvm.insertvalue %13, %14[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %13, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.mlir.constant(0 : index) : i64
    %18 = llvm.insertvalue %17, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %19 = llvm.mlir.constant(1 : index) : i64
    %20 = llvm.mlir.zero : !llvm.ptr
    %21 = llvm.getelementptr %20[1] : (!llvm.ptr) -> !llvm.ptr, i32
    %22 = llvm.ptrtoint %21 : !llvm.ptr to i64
    %23 = llvm.mul %19, %22 : i64
    %24 = llvm.extractvalue %11[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.extractvalue %11[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = llvm.getelementptr %24[%25] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    %27 = llvm.extractvalue %18[1] : !llvm.struct<(ptr, ptr, i64)> 
    %28 = llvm.extractvalue %18[2] : !llvm.struct<(ptr, ptr, i64)> 
    %29 = llvm.getelementptr %27[%28] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    "llvm.intr.memcpy"(%29, %26, %23) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    %30 = llvm.extractvalue %18[1] : !llvm.struct<(ptr, ptr, i64)> 
    %31 = llvm.load %30 : !llvm.ptr -> i32
    %32 = llvm.mlir.constant(1 : index) : i64
    %33 = llvm.alloca %32 x i32 : (i64) -> !llvm.ptr
    %34 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %35 = llvm.insertvalue %33, %34[0] : !llvm.struct<(ptr, ptr, i64)> 
    %36 = llvm.insertvalue %33, %35[1] : !llvm.struct<(ptr, ptr, i64)> 
    %37 = llvm.mlir.constant(0 : index) : i64
    %38 = llvm.insertvalue %37, %36[2] : !llvm.struct<(ptr, ptr, i64)> 
    %39 = llvm.mlir.constant(1 : index) : i64
    %40 = llvm.mlir.zero : !llvm.ptr
    %41 = llvm.getelementptr %40[1] : (!llvm.ptr) -> !llvm.ptr, i32
    %42 = llvm.ptrtoint %41 : !llvm.ptr to i64
    %43 = llvm.mul %39, %42 : i64
    %44 = llvm.extractvalue %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %45 = llvm.extractvalue %7[2] : !llvm.struct<(ptr, ptr, i64)> 
    %46 = llvm.getelementptr %44[%45] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    %47 = llvm.extractvalue %38[1] : !llvm.struct<(ptr, ptr, i64)> 
    %48 = llvm.extractvalue %38[2] : !llvm.struct<(ptr, ptr, i64)> 
    %49 = llvm.getelementptr %47[%48] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    "llvm.intr.memcpy"(%49, %46, %43) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    %50 = llvm.extractvalue %38[1] : !llvm.struct<(ptr, ptr, i64)> 
    %51 = llvm.load %50 : !llvm.ptr -> i32
    %52 = llvm.add %31, %51 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %53 = llvm.mlir.constant(1 : index) : i64
    %54 = llvm.alloca %53 x i32 {alignment = 64 : i64} : (i64) -> !llvm.ptr
    %55 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %56 = llvm.insertvalue %54, %55[0] : !llvm.struct<(ptr, ptr, i64)> 
    %57 = llvm.insertvalue %54, %56[1] : !llvm.struct<(ptr, ptr, i64)> 
    %58 = llvm.mlir.constant(0 : index) : i64
    %59 = llvm.insertvalue %58, %57[2] : !llvm.struct<(ptr, ptr, i64)> 
    %60 = llvm.extractvalue %59[1] : !llvm.struct<(ptr, ptr, i64)> 
    llvm.store %52, %60 : i32, !llvm.ptr
    %61 = llvm.mlir.constant(1 : index) : i64
    %62 = llvm.mlir.zero : !llvm.ptr
    %63 = llvm.getelementptr %62[1] : (!llvm.ptr) -> !llvm.ptr, i32
    %64 = llvm.ptrtoint %63 : !llvm.ptr to i64
    %65 = llvm.mul %61, %64 : i64
    %66 = llvm.extractvalue %59[1] : !llvm.struct<(ptr, ptr, i64)> 
    %67 = llvm.extractvalue %59[2] : !llvm.struct<(ptr, ptr, i64)> 
    %68 = llvm.getelementptr %66[%67] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    %69 = llvm.extractvalue %3[1] : !llvm.struct<(ptr, ptr, i64)> 
    %70 = llvm.extractvalue %3[2] : !llvm.struct<(ptr, ptr, i64)> 
    %71 = llvm.getelementptr %69[%70] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    "llvm.intr.memcpy"(%71, %68, %65) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    llvm.return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  llvm.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %3 = llvm.mlir.constant(1 : index) : i64
    %4 = llvm.mlir.constant(0 : index) : i64
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant : !llvm.ptr -> !llvm.ptr
    %9 = llvm.insertvalue %8, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = llvm.insertvalue %8, %9[1] : !llvm.struct<(ptr, ptr, i64)> 
    %11 = llvm.insertvalue %1, %10[2] : !llvm.struct<(ptr, ptr, i64)> 
    %12 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> !llvm.ptr
    %14 = llvm.insertvalue %13, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %15 = llvm.insertvalue %13, %14[1] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %1, %15[2] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.getelementptr inbounds %6[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> !llvm.ptr
    %19 = llvm.insertvalue %18, %2[0] : !llvm.struct<(ptr, ptr, i64)> 
    %20 = llvm.insertvalue %18, %19[1] : !llvm.struct<(ptr, ptr, i64)> 
    %21 = llvm.insertvalue %1, %20[2] : !llvm.struct<(ptr, ptr, i64)> 
    %22 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %23 = llvm.load %22 : !llvm.ptr -> !llvm.ptr
    %24 = llvm.getelementptr inbounds %23[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %25 = llvm.load %24 invariant : !llvm.ptr -> i64
    %26 = llvm.intr.smax(%25, %4) {xla.range = [0 : index, 9223372036854775807 : index]} : (i64, i64) -> i64
    %27 = llvm.intr.smin(%26, %3) {xla.range = [0 : index, 1 : index]} : (i64, i64) -> i64
    llvm.br ^bb1(%27 : i64)
  ^bb1(%28: i64):  // 2 preds: ^bb0, ^bb2
    %29 = llvm.icmp "slt" %28, %3 : i64
    llvm.cond_br %29, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %30 = llvm.extractvalue %11[0] : !llvm.struct<(ptr, ptr, i64)> 
    %31 = llvm.extractvalue %11[1] : !llvm.struct<(ptr, ptr, i64)> 
    %32 = llvm.extractvalue %11[2] : !llvm.struct<(ptr, ptr, i64)> 
    %33 = llvm.extractvalue %16[0] : !llvm.struct<(ptr, ptr, i64)> 
    %34 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64)> 
    %35 = llvm.extractvalue %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %36 = llvm.extractvalue %21[0] : !llvm.struct<(ptr, ptr, i64)> 
    %37 = llvm.extractvalue %21[1] : !llvm.struct<(ptr, ptr, i64)> 
    %38 = llvm.extractvalue %21[2] : !llvm.struct<(ptr, ptr, i64)> 
    llvm.call @wrapped_add_impl(%30, %31, %32, %33, %34, %35, %36, %37, %38, %28) : (!llvm.ptr, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr, i64, i64) -> ()
    %39 = llvm.add %28, %3 : i64
    llvm.br ^bb1(%39 : i64)
  ^bb3:  // pred: ^bb1
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @wrapped_add_impl(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: i64, %arg6: !llvm.ptr, %arg7: !llvm.ptr, %arg8: i64, %arg9: i64) attributes {always_inline, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %1 = llvm.insertvalue %arg6, %0[0] : !llvm.struct<(ptr, ptr, i64)> 
    %2 = llvm.insertvalue %arg7, %1[1] : !llvm.struct<(ptr, ptr, i64)> 
    %3 = llvm.insertvalue %arg8, %2[2] : !llvm.struct<(ptr, ptr, i64)> 
    %4 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %5 = llvm.insertvalue %arg3, %4[0] : !llvm.struct<(ptr, ptr, i64)> 
    %6 = llvm.insertvalue %arg4, %5[1] : !llvm.struct<(ptr, ptr, i64)> 
    %7 = llvm.insertvalue %arg5, %6[2] : !llvm.struct<(ptr, ptr, i64)> 
    %8 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %9 = llvm.insertvalue %arg0, %8[0] : !llvm.struct<(ptr, ptr, i64)> 
    %10 = llvm.insertvalue %arg1, %9[1] : !llvm.struct<(ptr, ptr, i64)> 
    %11 = llvm.insertvalue %arg2, %10[2] : !llvm.struct<(ptr, ptr, i64)> 
    %12 = llvm.mlir.constant(1 : index) : i64
    %13 = llvm.alloca %12 x i32 : (i64) -> !llvm.ptr
    %14 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %15 = llvm.insertvalue %13, %14[0] : !llvm.struct<(ptr, ptr, i64)> 
    %16 = llvm.insertvalue %13, %15[1] : !llvm.struct<(ptr, ptr, i64)> 
    %17 = llvm.mlir.constant(0 : index) : i64
    %18 = llvm.insertvalue %17, %16[2] : !llvm.struct<(ptr, ptr, i64)> 
    %19 = llvm.mlir.constant(1 : index) : i64
    %20 = llvm.mlir.zero : !llvm.ptr
    %21 = llvm.getelementptr %20[1] : (!llvm.ptr) -> !llvm.ptr, i32
    %22 = llvm.ptrtoint %21 : !llvm.ptr to i64
    %23 = llvm.mul %19, %22 : i64
    %24 = llvm.extractvalue %11[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.extractvalue %11[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = llvm.getelementptr %24[%25] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    %27 = llvm.extractvalue %18[1] : !llvm.struct<(ptr, ptr, i64)> 
    %28 = llvm.extractvalue %18[2] : !llvm.struct<(ptr, ptr, i64)> 
    %29 = llvm.getelementptr %27[%28] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    "llvm.intr.memcpy"(%29, %26, %23) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    %30 = llvm.extractvalue %18[1] : !llvm.struct<(ptr, ptr, i64)> 
    %31 = llvm.load %30 : !llvm.ptr -> i32
    %32 = llvm.mlir.constant(1 : index) : i64
    %33 = llvm.alloca %32 x i32 : (i64) -> !llvm.ptr
    %34 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %35 = llvm.insertvalue %33, %34[0] : !llvm.struct<(ptr, ptr, i64)> 
    %36 = llvm.insertvalue %33, %35[1] : !llvm.struct<(ptr, ptr, i64)> 
    %37 = llvm.mlir.constant(0 : index) : i64
    %38 = llvm.insertvalue %37, %36[2] : !llvm.struct<(ptr, ptr, i64)> 
    %39 = llvm.mlir.constant(1 : index) : i64
    %40 = llvm.mlir.zero : !llvm.ptr
    %41 = llvm.getelementptr %40[1] : (!llvm.ptr) -> !llvm.ptr, i32
    %42 = llvm.ptrtoint %41 : !llvm.ptr to i64
    %43 = llvm.mul %39, %42 : i64
    %44 = llvm.extractvalue %7[1] : !llvm.struct<(ptr, ptr, i64)> 
    %45 = llvm.extractvalue %7[2] : !llvm.struct<(ptr, ptr, i64)> 
    %46 = llvm.getelementptr %44[%45] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    %47 = llvm.extractvalue %38[1] : !llvm.struct<(ptr, ptr, i64)> 
    %48 = llvm.extractvalue %38[2] : !llvm.struct<(ptr, ptr, i64)> 
    %49 = llvm.getelementptr %47[%48] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    "llvm.intr.memcpy"(%49, %46, %43) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    %50 = llvm.extractvalue %38[1] : !llvm.struct<(ptr, ptr, i64)> 
    %51 = llvm.load %50 : !llvm.ptr -> i32
    %52 = llvm.add %31, %51 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %53 = llvm.mlir.constant(1 : index) : i64
    %54 = llvm.alloca %53 x i32 {alignment = 64 : i64} : (i64) -> !llvm.ptr
    %55 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %56 = llvm.insertvalue %54, %55[0] : !llvm.struct<(ptr, ptr, i64)> 
    %57 = llvm.insertvalue %54, %56[1] : !llvm.struct<(ptr, ptr, i64)> 
    %58 = llvm.mlir.constant(0 : index) : i64
    %59 = llvm.insertvalue %58, %57[2] : !llvm.struct<(ptr, ptr, i64)> 
    %60 = llvm.extractvalue %59[1] : !llvm.struct<(ptr, ptr, i64)> 
    llvm.store %52, %60 : i32, !llvm.ptr
    %61 = llvm.mlir.constant(1 : index) : i64
    %62 = llvm.mlir.zero : !llvm.ptr
    %63 = llvm.getelementptr %62[1] : (!llvm.ptr) -> !llvm.ptr, i32
    %64 = llvm.ptrtoint %63 : !llvm.ptr to i64
    %65 = llvm.mul %61, %64 : i64
    %66 = llvm.extractvalue %59[1] : !llvm.struct<(ptr, ptr, i64)> 
    %67 = llvm.extractvalue %59[2] : !llvm.struct<(ptr, ptr, i64)> 
    %68 = llvm.getelementptr %66[%67] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    %69 = llvm.extractvalue %3[1] : !llvm.struct<(ptr, ptr, i64)> 
    %70 = llvm.extractvalue %3[2] : !llvm.struct<(ptr, ptr, i64)> 
    %71 = llvm.getelementptr %69[%70] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    "llvm.intr.memcpy"(%71, %68, %65) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    llvm.return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @__compute_module_wrapped_add) //----- //
module @__compute_module_wrapped_add attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  llvm.func @wrapped_add(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %4 = llvm.load %3 invariant : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %4[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %4[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %4[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = llvm.intr.smax(%14, %1) {xla.range = [0 : index, 9223372036854775807 : index]} : (i64, i64) -> i64
    %16 = llvm.intr.smin(%15, %2) {xla.range = [0 : index, 1 : index]} : (i64, i64) -> i64
    llvm.br ^bb1(%16 : i64)
  ^bb1(%17: i64):  // 2 preds: ^bb0, ^bb2
    %18 = llvm.icmp "slt" %17, %2 : i64
    llvm.cond_br %18, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    llvm.call @wrapped_add_impl(%6, %6, %1, %8, %8, %1, %10, %10, %1, %17) : (!llvm.ptr, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr, i64, i64) -> ()
    %19 = llvm.add %17, %2 : i64
    llvm.br ^bb1(%19 : i64)
  ^bb3:  // pred: ^bb1
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @wrapped_add_impl(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: i64, %arg6: !llvm.ptr, %arg7: !llvm.ptr, %arg8: i64, %arg9: i64) attributes {always_inline, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 1, tiles_per_workgroup : 1>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(1 : index) : i64
    %2 = llvm.alloca %1 x i32 : (i64) -> !llvm.ptr
    %3 = llvm.getelementptr %0[1] : (!llvm.ptr) -> !llvm.ptr, i32
    %4 = llvm.ptrtoint %3 : !llvm.ptr to i64
    %5 = llvm.mul %4, %1 : i64
    %6 = llvm.getelementptr %arg1[%arg2] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    "llvm.intr.memcpy"(%2, %6, %5) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    %7 = llvm.load %2 : !llvm.ptr -> i32
    %8 = llvm.alloca %1 x i32 : (i64) -> !llvm.ptr
    %9 = llvm.getelementptr %0[1] : (!llvm.ptr) -> !llvm.ptr, i32
    %10 = llvm.ptrtoint %9 : !llvm.ptr to i64
    %11 = llvm.mul %10, %1 : i64
    %12 = llvm.getelementptr %arg4[%arg5] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    "llvm.intr.memcpy"(%8, %12, %11) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    %13 = llvm.load %8 : !llvm.ptr -> i32
    %14 = llvm.add %7, %13 {xla.range = [-9223372036854775808 : index, 9223372036854775807 : index]} : i32
    %15 = llvm.alloca %1 x i32 {alignment = 64 : i64} : (i64) -> !llvm.ptr
    llvm.store %14, %15 : i32, !llvm.ptr
    %16 = llvm.getelementptr %0[1] : (!llvm.ptr) -> !llvm.ptr, i32
    %17 = llvm.ptrtoint %16 : !llvm.ptr to i64
    %18 = llvm.mul %17, %1 : i64
    %19 = llvm.getelementptr %arg7[%arg8] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    "llvm.intr.memcpy"(%19, %15, %18) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    llvm.return
  }
}


