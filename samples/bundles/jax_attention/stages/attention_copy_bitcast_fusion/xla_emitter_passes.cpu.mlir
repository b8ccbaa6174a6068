// -----// IR Dump Before VerifyLegalXTileOpsPass: xtile-verify-legal-ops ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  xtile.entry_func @copy_bitcast_fusion(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %c0 = arith.constant 0 : index
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.transpose %3, dims = [0, 2, 1, 3] : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %5 = stablehlo.reshape %4 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %6 = xla.apply_indexing #indexing_map(%arg2)
    %7 = xla.apply_indexing #indexing_map2(%arg2)
    %8 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %5 into %arg1[%6, %7, %8] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    xtile.return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  xtile.entry_func @copy_bitcast_fusion(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %c0 = arith.constant 0 : index
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.transpose %3, dims = [0, 2, 1, 3] : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %5 = stablehlo.reshape %4 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %6 = xla.apply_indexing #indexing_map(%arg2)
    %7 = xla.apply_indexing #indexing_map2(%arg2)
    %8 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %5 into %arg1[%6, %7, %8] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    xtile.return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  xtile.entry_func @copy_bitcast_fusion(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.transpose %3, dims = [0, 2, 1, 3] : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %5 = stablehlo.reshape %4 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %6 = xla.apply_indexing #indexing_map(%arg2)
    %7 = xla.apply_indexing #indexing_map2(%arg2)
    %8 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %5 into %arg1[%6, %7, %8] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    xtile.return
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  xtile.entry_func @copy_bitcast_fusion(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.transpose %3, dims = [0, 2, 1, 3] : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %5 = stablehlo.reshape %4 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %6 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %5 into %arg1[%0, %2, %6] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    xtile.return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  xtile.entry_func @copy_bitcast_fusion(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.transpose %3, dims = [0, 2, 1, 3] : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %5 = stablehlo.reshape %4 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %6 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %5 into %arg1[%0, %2, %6] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    xtile.return
  }
}


// -----// IR Dump Before LowerXTileEntryPass: xtile-cpu-lower-xtile-entry ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  xtile.entry_func @copy_bitcast_fusion(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.transpose %3, dims = [0, 2, 1, 3] : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %5 = stablehlo.reshape %4 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %6 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %5 into %arg1[%0, %2, %6] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    xtile.return
  }
}


// -----// IR Dump Before StablehloTargetIndependentOptimizationPass: stablehlo-target-independent-optimization{assume-no-undeclared-side-effects=false fold-op-element-limit=65536 optimize-float=true} ('func.func' operation: @copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.transpose %3, dims = [0, 2, 1, 3] : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %5 = stablehlo.reshape %4 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %6 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %5 into %arg1[%0, %2, %6] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before StablehloTargetIndependentOptimizationPass: stablehlo-target-independent-optimization{assume-no-undeclared-side-effects=false fold-op-element-limit=65536 optimize-float=true} ('func.func' operation: @copy_bitcast_fusion_impl) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.transpose %3, dims = [0, 2, 1, 3] : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %5 = stablehlo.reshape %4 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %6 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %5 into %arg1[%0, %2, %6] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before StablehloLowerToArithPass: stablehlo-lower-to-arith ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.reshape %3 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %5 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %4 into %arg1[%0, %2, %5] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before ShloToVectorPass: xtile-cpu-shlo-to-vector ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.reshape %3 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %5 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %4 into %arg1[%0, %2, %5] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.reshape %3 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %5 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %4 into %arg1[%0, %2, %5] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before LowerVectorMultiReduction: lower-vector-multi-reduction{lowering-strategy=inner-parallel} ('func.func' operation: @copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.reshape %3 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %5 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %4 into %arg1[%0, %2, %5] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before LowerVectorMultiReduction: lower-vector-multi-reduction{lowering-strategy=inner-parallel} ('func.func' operation: @copy_bitcast_fusion_impl) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.reshape %3 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %5 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %4 into %arg1[%0, %2, %5] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before TensorOpsToBufferizablePass: xtile-cpu-tensor-ops-to-bufferizable ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.reshape %3 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %5 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %4 into %arg1[%0, %2, %5] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before StablehloLowerToXtilePass: stablehlo-lower-to-xtile ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.reshape %3 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %5 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %4 into %arg1[%0, %2, %5] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before StablehloLegalizeToLinalgPass: stablehlo-legalize-to-linalg{capture-scalar-inputs=true enable-primitive-ops=false enable-sparse-ops=false} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %4 = stablehlo.reshape %3 : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %5 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %4 into %arg1[%0, %2, %5] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before ConvertElementwise0DTensorToScalarPass: convert-elementwise-0d-tensor-to-scalar ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %collapsed = tensor.collapse_shape %3 [[0], [1], [2, 3]] : tensor<1x1x1x16xf32> into tensor<1x1x16xf32>
    %4 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %collapsed into %arg1[%0, %2, %4] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before ConvertElementwiseToLinalgPass: convert-elementwise-to-linalg ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %collapsed = tensor.collapse_shape %3 [[0], [1], [2, 3]] : tensor<1x1x1x16xf32> into tensor<1x1x16xf32>
    %4 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %collapsed into %arg1[%0, %2, %4] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before FuseElementwisePass: xtile-cpu-fuse-elementwise ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %collapsed = tensor.collapse_shape %3 [[0], [1], [2, 3]] : tensor<1x1x1x16xf32> into tensor<1x1x16xf32>
    %4 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %collapsed into %arg1[%0, %2, %4] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %collapsed = tensor.collapse_shape %3 [[0], [1], [2, 3]] : tensor<1x1x1x16xf32> into tensor<1x1x16xf32>
    %4 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %collapsed into %arg1[%0, %2, %4] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before EmptyTensorEliminationPass: eliminate-empty-tensors ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %collapsed = tensor.collapse_shape %3 [[0], [1], [2, 3]] : tensor<1x1x1x16xf32> into tensor<1x1x16xf32>
    %4 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %collapsed into %arg1[%0, %2, %4] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before OneShotBufferizePass: one-shot-bufferize{allow-return-allocs-from-loops=false allow-unknown-ops=false analysis-fuzzer-seed=0 analysis-heuristic=bottom-up buffer-alignment=64 bufferize-function-boundaries=false check-parallel-regions=true copy-before-write=false  dump-alias-sets=false function-boundary-type-conversion=infer-layout-map must-infer-memory-space=false  print-conflicts=false test-analysis-only=false unknown-type-conversion=fully-dynamic-layout-map use-encoding-for-memory-space=false} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = xtile.extract %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> -> tensor<1x1x1x16xf32>
    %collapsed = tensor.collapse_shape %3 [[0], [1], [2, 3]] : tensor<1x1x1x16xf32> into tensor<1x1x16xf32>
    %4 = xla.apply_indexing #indexing_map3(%arg2)
    xtile.insert %collapsed into %arg1[%0, %2, %4] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> -> memref<2x64x64xf32>
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %c1 = arith.constant 1 : index
    %3 = arith.subi %c1, %0 : index
    %c1_0 = arith.constant 1 : index
    %4 = arith.divsi %3, %c1_0 : index
    %c1_1 = arith.constant 1 : index
    %5 = arith.addi %4, %c1_1 : index
    %c1_2 = arith.constant 1 : index
    %6 = arith.minsi %5, %c1_2 : index
    %c3 = arith.constant 3 : index
    %7 = arith.subi %c3, %1 : index
    %c1_3 = arith.constant 1 : index
    %8 = arith.divsi %7, %c1_3 : index
    %c1_4 = arith.constant 1 : index
    %9 = arith.addi %8, %c1_4 : index
    %c1_5 = arith.constant 1 : index
    %10 = arith.minsi %9, %c1_5 : index
    %c63 = arith.constant 63 : index
    %11 = arith.subi %c63, %2 : index
    %c1_6 = arith.constant 1 : index
    %12 = arith.divsi %11, %c1_6 : index
    %c1_7 = arith.constant 1 : index
    %13 = arith.addi %12, %c1_7 : index
    %c1_8 = arith.constant 1 : index
    %14 = arith.minsi %13, %c1_8 : index
    %c15 = arith.constant 15 : index
    %15 = arith.subi %c15, %c0 : index
    %c1_9 = arith.constant 1 : index
    %16 = arith.divsi %15, %c1_9 : index
    %c1_10 = arith.constant 1 : index
    %17 = arith.addi %16, %c1_10 : index
    %c16 = arith.constant 16 : index
    %18 = arith.minsi %17, %c16 : index
    %true = arith.constant true
    %c1_11 = arith.constant 1 : index
    %19 = arith.cmpi eq, %6, %c1_11 : index
    %20 = arith.andi %true, %19 : i1
    %c1_12 = arith.constant 1 : index
    %21 = arith.cmpi eq, %10, %c1_12 : index
    %22 = arith.andi %20, %21 : i1
    %c1_13 = arith.constant 1 : index
    %23 = arith.cmpi eq, %14, %c1_13 : index
    %24 = arith.andi %22, %23 : i1
    %c16_14 = arith.constant 16 : index
    %25 = arith.cmpi eq, %18, %c16_14 : index
    %26 = arith.andi %24, %25 : i1
    %27 = scf.if %26 -> (memref<1x1x1x16xf32>) {
      %subview = memref.subview %arg0[%0, %1, %2, %c0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %alloc = memref.alloc() : memref<1x1x1x16xf32>
      memref.copy %subview, %alloc : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
      scf.yield %alloc : memref<1x1x1x16xf32>
    } else {
      %c1_31 = arith.constant 1 : index
      %47 = arith.subi %c1_31, %0 : index
      %c1_32 = arith.constant 1 : index
      %48 = arith.divsi %47, %c1_32 : index
      %c1_33 = arith.constant 1 : index
      %49 = arith.addi %48, %c1_33 : index
      %c1_34 = arith.constant 1 : index
      %50 = arith.minsi %49, %c1_34 : index
      %c3_35 = arith.constant 3 : index
      %51 = arith.subi %c3_35, %1 : index
      %c1_36 = arith.constant 1 : index
      %52 = arith.divsi %51, %c1_36 : index
      %c1_37 = arith.constant 1 : index
      %53 = arith.addi %52, %c1_37 : index
      %c1_38 = arith.constant 1 : index
      %54 = arith.minsi %53, %c1_38 : index
      %c63_39 = arith.constant 63 : index
      %55 = arith.subi %c63_39, %2 : index
      %c1_40 = arith.constant 1 : index
      %56 = arith.divsi %55, %c1_40 : index
      %c1_41 = arith.constant 1 : index
      %57 = arith.addi %56, %c1_41 : index
      %c1_42 = arith.constant 1 : index
      %58 = arith.minsi %57, %c1_42 : index
      %c15_43 = arith.constant 15 : index
      %59 = arith.subi %c15_43, %c0 : index
      %c1_44 = arith.constant 1 : index
      %60 = arith.divsi %59, %c1_44 : index
      %c1_45 = arith.constant 1 : index
      %61 = arith.addi %60, %c1_45 : index
      %c16_46 = arith.constant 16 : index
      %62 = arith.minsi %61, %c16_46 : index
      %subview = memref.subview %arg0[%0, %1, %2, %c0] [%50, %54, %58, %62] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x?xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %alloc = memref.alloc() : memref<1x1x1x16xf32>
      %c1_47 = arith.constant 1 : index
      %63 = arith.subi %c1_47, %0 : index
      %c1_48 = arith.constant 1 : index
      %64 = arith.divsi %63, %c1_48 : index
      %c1_49 = arith.constant 1 : index
      %65 = arith.addi %64, %c1_49 : index
      %c1_50 = arith.constant 1 : index
      %66 = arith.minsi %65, %c1_50 : index
      %c3_51 = arith.constant 3 : index
      %67 = arith.subi %c3_51, %1 : index
      %c1_52 = arith.constant 1 : index
      %68 = arith.divsi %67, %c1_52 : index
      %c1_53 = arith.constant 1 : index
      %69 = arith.addi %68, %c1_53 : index
      %c1_54 = arith.constant 1 : index
      %70 = arith.minsi %69, %c1_54 : index
      %c63_55 = arith.constant 63 : index
      %71 = arith.subi %c63_55, %2 : index
      %c1_56 = arith.constant 1 : index
      %72 = arith.divsi %71, %c1_56 : index
      %c1_57 = arith.constant 1 : index
      %73 = arith.addi %72, %c1_57 : index
      %c1_58 = arith.constant 1 : index
      %74 = arith.minsi %73, %c1_58 : index
      %c15_59 = arith.constant 15 : index
      %75 = arith.subi %c15_59, %c0 : index
      %c1_60 = arith.constant 1 : index
      %76 = arith.divsi %75, %c1_60 : index
      %c1_61 = arith.constant 1 : index
      %77 = arith.addi %76, %c1_61 : index
      %c16_62 = arith.constant 16 : index
      %78 = arith.minsi %77, %c16_62 : index
      %subview_63 = memref.subview %alloc[0, 0, 0, 0] [%66, %70, %74, %78] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x?xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_63 : memref<?x?x?x?xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x?xf32, strided<[16, 16, 16, 1]>>
      scf.yield %alloc : memref<1x1x1x16xf32>
    }
    %collapse_shape = memref.collapse_shape %27 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %28 = xla.apply_indexing #indexing_map3(%arg2)
    %c1_15 = arith.constant 1 : index
    %29 = arith.subi %c1_15, %0 : index
    %c1_16 = arith.constant 1 : index
    %30 = arith.divsi %29, %c1_16 : index
    %c1_17 = arith.constant 1 : index
    %31 = arith.addi %30, %c1_17 : index
    %c1_18 = arith.constant 1 : index
    %32 = arith.minsi %31, %c1_18 : index
    %c63_19 = arith.constant 63 : index
    %33 = arith.subi %c63_19, %2 : index
    %c1_20 = arith.constant 1 : index
    %34 = arith.divsi %33, %c1_20 : index
    %c1_21 = arith.constant 1 : index
    %35 = arith.addi %34, %c1_21 : index
    %c1_22 = arith.constant 1 : index
    %36 = arith.minsi %35, %c1_22 : index
    %c63_23 = arith.constant 63 : index
    %37 = arith.subi %c63_23, %28 : index
    %c1_24 = arith.constant 1 : index
    %38 = arith.divsi %37, %c1_24 : index
    %c1_25 = arith.constant 1 : index
    %39 = arith.addi %38, %c1_25 : index
    %c16_26 = arith.constant 16 : index
    %40 = arith.minsi %39, %c16_26 : index
    %true_27 = arith.constant true
    %c1_28 = arith.constant 1 : index
    %41 = arith.cmpi eq, %32, %c1_28 : index
    %42 = arith.andi %true_27, %41 : i1
    %c1_29 = arith.constant 1 : index
    %43 = arith.cmpi eq, %36, %c1_29 : index
    %44 = arith.andi %42, %43 : i1
    %c16_30 = arith.constant 16 : index
    %45 = arith.cmpi eq, %40, %c16_30 : index
    %46 = arith.andi %44, %45 : i1
    scf.if %46 {
      %subview = memref.subview %arg1[%0, %2, %28] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %c1_31 = arith.constant 1 : index
      %47 = arith.subi %c1_31, %0 : index
      %c1_32 = arith.constant 1 : index
      %48 = arith.divsi %47, %c1_32 : index
      %c1_33 = arith.constant 1 : index
      %49 = arith.addi %48, %c1_33 : index
      %c1_34 = arith.constant 1 : index
      %50 = arith.minsi %49, %c1_34 : index
      %c63_35 = arith.constant 63 : index
      %51 = arith.subi %c63_35, %2 : index
      %c1_36 = arith.constant 1 : index
      %52 = arith.divsi %51, %c1_36 : index
      %c1_37 = arith.constant 1 : index
      %53 = arith.addi %52, %c1_37 : index
      %c1_38 = arith.constant 1 : index
      %54 = arith.minsi %53, %c1_38 : index
      %c63_39 = arith.constant 63 : index
      %55 = arith.subi %c63_39, %28 : index
      %c1_40 = arith.constant 1 : index
      %56 = arith.divsi %55, %c1_40 : index
      %c1_41 = arith.constant 1 : index
      %57 = arith.addi %56, %c1_41 : index
      %c16_42 = arith.constant 16 : index
      %58 = arith.minsi %57, %c16_42 : index
      %subview = memref.subview %collapse_shape[0, 0, 0] [%50, %54, %58] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %c1_43 = arith.constant 1 : index
      %59 = arith.subi %c1_43, %0 : index
      %c1_44 = arith.constant 1 : index
      %60 = arith.divsi %59, %c1_44 : index
      %c1_45 = arith.constant 1 : index
      %61 = arith.addi %60, %c1_45 : index
      %c1_46 = arith.constant 1 : index
      %62 = arith.minsi %61, %c1_46 : index
      %c63_47 = arith.constant 63 : index
      %63 = arith.subi %c63_47, %2 : index
      %c1_48 = arith.constant 1 : index
      %64 = arith.divsi %63, %c1_48 : index
      %c1_49 = arith.constant 1 : index
      %65 = arith.addi %64, %c1_49 : index
      %c1_50 = arith.constant 1 : index
      %66 = arith.minsi %65, %c1_50 : index
      %c63_51 = arith.constant 63 : index
      %67 = arith.subi %c63_51, %28 : index
      %c1_52 = arith.constant 1 : index
      %68 = arith.divsi %67, %c1_52 : index
      %c1_53 = arith.constant 1 : index
      %69 = arith.addi %68, %c1_53 : index
      %c16_54 = arith.constant 16 : index
      %70 = arith.minsi %69, %c16_54 : index
      %subview_55 = memref.subview %arg1[%0, %2, %28] [%62, %66, %70] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_55 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %14 = scf.if %13 -> (memref<1x1x1x16xf32>) {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %alloc = memref.alloc() : memref<1x1x1x16xf32>
      memref.copy %subview, %alloc : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
      scf.yield %alloc : memref<1x1x1x16xf32>
    } else {
      %27 = arith.subi %c2, %0 : index
      %28 = arith.minsi %27, %c1 : index
      %29 = arith.subi %c4, %1 : index
      %30 = arith.minsi %29, %c1 : index
      %31 = arith.subi %c64, %2 : index
      %32 = arith.minsi %31, %c1 : index
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%28, %30, %32, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %alloc = memref.alloc() : memref<1x1x1x16xf32>
      %33 = arith.subi %c2, %0 : index
      %34 = arith.minsi %33, %c1 : index
      %35 = arith.subi %c4, %1 : index
      %36 = arith.minsi %35, %c1 : index
      %37 = arith.subi %c64, %2 : index
      %38 = arith.minsi %37, %c1 : index
      %subview_0 = memref.subview %alloc[0, 0, 0, 0] [%34, %36, %38, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_0 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.yield %alloc : memref<1x1x1x16xf32>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c2, %0 : index
    %17 = arith.minsi %16, %c1 : index
    %18 = arith.subi %c64, %2 : index
    %19 = arith.minsi %18, %c1 : index
    %20 = arith.subi %c64, %15 : index
    %21 = arith.minsi %20, %c16 : index
    %22 = arith.cmpi eq, %17, %c1 : index
    %23 = arith.cmpi eq, %19, %c1 : index
    %24 = arith.andi %22, %23 : i1
    %25 = arith.cmpi eq, %21, %c16 : index
    %26 = arith.andi %24, %25 : i1
    scf.if %26 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %27 = arith.subi %c2, %0 : index
      %28 = arith.minsi %27, %c1 : index
      %29 = arith.subi %c64, %2 : index
      %30 = arith.minsi %29, %c1 : index
      %31 = arith.subi %c64, %15 : index
      %32 = arith.minsi %31, %c16 : index
      %subview = memref.subview %collapse_shape[0, 0, 0] [%28, %30, %32] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %33 = arith.subi %c2, %0 : index
      %34 = arith.minsi %33, %c1 : index
      %35 = arith.subi %c64, %2 : index
      %36 = arith.minsi %35, %c1 : index
      %37 = arith.subi %c64, %15 : index
      %38 = arith.minsi %37, %c16 : index
      %subview_0 = memref.subview %arg1[%0, %2, %15] [%34, %36, %38] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_0 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before BufferHoistingPass: buffer-hoisting ('func.func' operation: @copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %14 = scf.if %13 -> (memref<1x1x1x16xf32>) {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %alloc = memref.alloc() : memref<1x1x1x16xf32>
      memref.copy %subview, %alloc : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
      scf.yield %alloc : memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %alloc = memref.alloc() : memref<1x1x1x16xf32>
      %subview_0 = memref.subview %alloc[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_0 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.yield %alloc : memref<1x1x1x16xf32>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_0 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_0 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before BufferHoistingPass: buffer-hoisting ('func.func' operation: @copy_bitcast_fusion_impl) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %14 = scf.if %13 -> (memref<1x1x1x16xf32>) {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %alloc = memref.alloc() : memref<1x1x1x16xf32>
      memref.copy %subview, %alloc : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
      scf.yield %alloc : memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %alloc = memref.alloc() : memref<1x1x1x16xf32>
      %subview_0 = memref.subview %alloc[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_0 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.yield %alloc : memref<1x1x1x16xf32>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_0 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_0 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before FoldMemRefAliasOpsPass: fold-memref-alias-ops ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloc = memref.alloc() : memref<1x1x1x16xf32>
    %alloc_0 = memref.alloc() : memref<1x1x1x16xf32>
    %14 = scf.if %13 -> (memref<1x1x1x16xf32>) {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloc : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
      scf.yield %alloc : memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloc_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.yield %alloc_0 : memref<1x1x1x16xf32>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before PromoteBuffersToStackPass: promote-buffers-to-stack{max-alloc-size-in-bytes=4096 max-rank-of-allocated-memref=1} ('func.func' operation: @copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloc = memref.alloc() : memref<1x1x1x16xf32>
    %alloc_0 = memref.alloc() : memref<1x1x1x16xf32>
    %14 = scf.if %13 -> (memref<1x1x1x16xf32>) {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloc : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
      scf.yield %alloc : memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloc_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.yield %alloc_0 : memref<1x1x1x16xf32>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before PromoteBuffersToStackPass: promote-buffers-to-stack{max-alloc-size-in-bytes=4096 max-rank-of-allocated-memref=1} ('func.func' operation: @copy_bitcast_fusion_impl) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloc = memref.alloc() : memref<1x1x1x16xf32>
    %alloc_0 = memref.alloc() : memref<1x1x1x16xf32>
    %14 = scf.if %13 -> (memref<1x1x1x16xf32>) {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloc : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
      scf.yield %alloc : memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloc_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.yield %alloc_0 : memref<1x1x1x16xf32>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before ExpandReallocPass: expand-realloc{emit-deallocs=false} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = scf.if %13 -> (memref<1x1x1x16xf32>) {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
      scf.yield %alloca : memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.yield %alloca_0 : memref<1x1x1x16xf32>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = scf.if %13 -> (memref<1x1x1x16xf32>) {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
      scf.yield %alloca : memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.yield %alloca_0 : memref<1x1x1x16xf32>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before OwnershipBasedBufferDeallocationPass: ownership-based-buffer-deallocation{private-function-dynamic-ownership=false} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %false = arith.constant false
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %false_0 = arith.constant false
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %false_1 = arith.constant false
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      %false_2 = arith.constant false
      %false_3 = arith.constant false
      %true = arith.constant true
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %false = arith.constant false
    %false_0 = arith.constant false
    %false_1 = arith.constant false
    %false_2 = arith.constant false
    %false_3 = arith.constant false
    %false_4 = arith.constant false
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_5 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_5 : memref<1x1x1x16xf32>
    scf.if %13 {
      %false_10 = arith.constant false
      %false_11 = arith.constant false
      %false_12 = arith.constant false
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %false_10 = arith.constant false
      %false_11 = arith.constant false
      %false_12 = arith.constant false
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %false_13 = arith.constant false
      %subview_14 = memref.subview %alloca_5[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_14 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %false_10 = arith.constant false
      %false_11 = arith.constant false
      %false_12 = arith.constant false
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %false_10 = arith.constant false
      %false_11 = arith.constant false
      %false_12 = arith.constant false
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %false_13 = arith.constant false
      %subview_14 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_14 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    %base_buffer, %offset, %sizes:4, %strides:4 = memref.extract_strided_metadata %arg0 : memref<2x4x64x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
    %base_buffer_6, %offset_7, %sizes_8:3, %strides_9:3 = memref.extract_strided_metadata %arg1 : memref<2x64x64xf32> -> memref<f32>, index, index, index, index, index, index, index
    bufferization.dealloc (%base_buffer, %base_buffer_6 : memref<f32>, memref<f32>) if (%false_3, %false_4)
    return
  }
}


// -----// IR Dump Before BufferDeallocationSimplificationPass: buffer-deallocation-simplification ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before LowerDeallocationsPass: bufferization-lower-deallocations ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before LinalgElementwiseToVectorPass: xtile-cpu-linalg-elementwise-to-vector ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before FoldMemRefAliasOpsPass: fold-memref-alias-ops ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before xla::cpu::ModuleCallbackPass: unknown<xla::cpu::ModuleCallbackPass> ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before VectorToScalarPass: xtile-cpu-vector-to-scalar ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before MemrefCopyToLoopsPass: xtile-cpu-memref-copy-to-loops ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      memref.copy %subview, %subview_1 : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %subview, %subview_1 : memref<?x?x?xf32, strided<[16, 16, 1]>> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    }
    return
  }
}


// -----// IR Dump Before LowerToLLVMPass: xla-cpu-lower-to-llvm{prefer_vector_width=256} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !xla_cpu.call_frame) -> !xla_cpu.error {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %0 = xla_cpu.load %arg0, 0 : memref<2x4x64x16xf32>
    %1 = xla_cpu.load %arg0, 1 : memref<2x64x64xf32>
    %2 = xla_cpu.extract_workgroup_id %arg0, x
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.muli %3, %c512 overflow<nsw, nuw> : index
    %5 = arith.minsi %4, %c512 : index
    %6 = arith.addi %4, %c512 overflow<nsw, nuw> : index
    %7 = arith.minsi %6, %c512 : index
    scf.for %arg1 = %5 to %7 step %c1 {
      func.call @copy_bitcast_fusion_impl(%0, %1, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    %8 = xla_cpu.success : !xla_cpu.error
    return %8 : !xla_cpu.error
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %6 step %c1 {
          scf.for %arg5 = %c0 to %8 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %21 = memref.load %subview[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %21, %subview_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %8 step %c1 {
          scf.for %arg5 = %c0 to %17 step %c1 {
            %21 = memref.load %subview[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %21, %subview_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before ConvertVectorToSCF: convert-vector-to-scf{full-unroll=false lower-scalable=false lower-tensors=false target-rank=1} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> : index
    %48 = arith.minsi %47, %c512 : index
    %49 = arith.addi %47, %c512 overflow<nsw, nuw> : index
    %50 = arith.minsi %49, %c512 : index
    scf.for %arg1 = %48 to %50 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %6 step %c1 {
          scf.for %arg5 = %c0 to %8 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %21 = memref.load %subview[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %21, %subview_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %8 step %c1 {
          scf.for %arg5 = %c0 to %17 step %c1 {
            %21 = memref.load %subview[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %21, %subview_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before UnpackSubByteVectorWritePass: xtile-cpu-unpack-sub-byte-vector-write ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> : index
    %48 = arith.minsi %47, %c512 : index
    %49 = arith.addi %47, %c512 overflow<nsw, nuw> : index
    %50 = arith.minsi %49, %c512 : index
    scf.for %arg1 = %48 to %50 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %6 step %c1 {
          scf.for %arg5 = %c0 to %8 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %21 = memref.load %subview[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %21, %subview_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %8 step %c1 {
          scf.for %arg5 = %c0 to %17 step %c1 {
            %21 = memref.load %subview[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %21, %subview_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before ConvertVectorToLLVMPass: convert-vector-to-llvm{enable-arm-bf16=false enable-arm-i8mm=false enable-arm-neon=false enable-arm-sve=false enable-x86=false force-32bit-vector-indices=true reassociate-fp-reductions=false use-vector-alignment=false vector-contract-lowering=dot vector-transpose-lowering=shuffle16x16} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> : index
    %48 = arith.minsi %47, %c512 : index
    %49 = arith.addi %47, %c512 overflow<nsw, nuw> : index
    %50 = arith.minsi %49, %c512 : index
    scf.for %arg1 = %48 to %50 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %6 step %c1 {
          scf.for %arg5 = %c0 to %8 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %21 = memref.load %subview[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %21, %subview_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %8 step %c1 {
          scf.for %arg5 = %c0 to %17 step %c1 {
            %21 = memref.load %subview[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %21, %subview_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before ConvertComplexToStandardPass: convert-complex-to-standard{complex-range=improved} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> : index
    %48 = arith.minsi %47, %c512 : index
    %49 = arith.addi %47, %c512 overflow<nsw, nuw> : index
    %50 = arith.minsi %49, %c512 : index
    scf.for %arg1 = %48 to %50 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %6 step %c1 {
          scf.for %arg5 = %c0 to %8 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %21 = memref.load %subview[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %21, %subview_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %8 step %c1 {
          scf.for %arg5 = %c0 to %17 step %c1 {
            %21 = memref.load %subview[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %21, %subview_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before ExpandStridedMetadataPass: expand-strided-metadata ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> : index
    %48 = arith.minsi %47, %c512 : index
    %49 = arith.addi %47, %c512 overflow<nsw, nuw> : index
    %50 = arith.minsi %49, %c512 : index
    scf.for %arg1 = %48 to %50 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [1, 1, 1, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %subview, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %subview = memref.subview %arg0[%0, %1, %2, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %subview_1 = memref.subview %alloca_0[0, 0, 0, 0] [%4, %6, %8, 16] [1, 1, 1, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %6 step %c1 {
          scf.for %arg5 = %c0 to %8 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %21 = memref.load %subview[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %21, %subview_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %collapse_shape = memref.collapse_shape %14 [[0], [1], [2, 3]] : memref<1x1x1x16xf32> into memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %subview = memref.subview %arg1[%0, %2, %15] [1, 1, 16] [1, 1, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %collapse_shape, %subview : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %subview = memref.subview %collapse_shape[0, 0, 0] [%4, %8, %17] [1, 1, 1] : memref<1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %subview_1 = memref.subview %arg1[%0, %2, %15] [%4, %8, %17] [1, 1, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %8 step %c1 {
          scf.for %arg5 = %c0 to %17 step %c1 {
            %21 = memref.load %subview[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %21, %subview_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before SafeIntegerArithmeticPass: xla-safe-integer-arithmetic ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
#map = affine_map<()[s0, s1, s2] -> (s0 * 4096 + s1 * 1024 + s2 * 16)>
#map1 = affine_map<()[s0, s1, s2] -> (s0 * 4096 + s1 * 64 + s2)>
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> : index
    %48 = arith.minsi %47, %c512 : index
    %49 = arith.addi %47, %c512 overflow<nsw, nuw> : index
    %50 = arith.minsi %49, %c512 : index
    scf.for %arg1 = %48 to %50 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %arg0 : memref<2x4x64x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %21 = affine.apply #map()[%0, %1, %2]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<f32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_5, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %arg0 : memref<2x4x64x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %21 = affine.apply #map()[%0, %1, %2]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [%4, %6, %8, 16], strides: [4096, 1024, 16, 1] : memref<f32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_6 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%4, %6, %8, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %6 step %c1 {
          scf.for %arg5 = %c0 to %8 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %22 = memref.load %reinterpret_cast_5[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %22, %reinterpret_cast_6[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %base_buffer, %offset, %sizes:4, %strides:4 = memref.extract_strided_metadata %14 : memref<1x1x1x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
    %reinterpret_cast = memref.reinterpret_cast %base_buffer to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<f32> to memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %base_buffer_1, %offset_2, %sizes_3:3, %strides_4:3 = memref.extract_strided_metadata %arg1 : memref<2x64x64xf32> -> memref<f32>, index, index, index, index, index, index, index
      %21 = affine.apply #map1()[%0, %2, %15]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<f32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_5 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %14 : memref<1x1x1x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [0], sizes: [%4, %8, %17], strides: [16, 16, 1] : memref<f32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %base_buffer_6, %offset_7, %sizes_8:3, %strides_9:3 = memref.extract_strided_metadata %arg1 : memref<2x64x64xf32> -> memref<f32>, index, index, index, index, index, index, index
      %21 = affine.apply #map1()[%0, %2, %15]
      %reinterpret_cast_10 = memref.reinterpret_cast %base_buffer_6 to offset: [%21], sizes: [%4, %8, %17], strides: [4096, 64, 1] : memref<f32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %8 step %c1 {
          scf.for %arg5 = %c0 to %17 step %c1 {
            %22 = memref.load %reinterpret_cast_5[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %22, %reinterpret_cast_10[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
#map = affine_map<()[s0, s1, s2] -> (s0 * 4096 + s1 * 1024 + s2 * 16)>
#map1 = affine_map<()[s0, s1, s2] -> (s0 * 4096 + s1 * 64 + s2)>
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> : index
    %48 = arith.minsi %47, %c512 : index
    %49 = arith.addi %47, %c512 overflow<nsw, nuw> : index
    %50 = arith.minsi %49, %c512 : index
    scf.for %arg1 = %48 to %50 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %arg0 : memref<2x4x64x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %21 = affine.apply #map()[%0, %1, %2]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<f32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_5, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %arg0 : memref<2x4x64x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %21 = affine.apply #map()[%0, %1, %2]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [%4, %6, %8, 16], strides: [4096, 1024, 16, 1] : memref<f32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_6 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%4, %6, %8, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %6 step %c1 {
          scf.for %arg5 = %c0 to %8 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %22 = memref.load %reinterpret_cast_5[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %22, %reinterpret_cast_6[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %base_buffer, %offset, %sizes:4, %strides:4 = memref.extract_strided_metadata %14 : memref<1x1x1x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
    %reinterpret_cast = memref.reinterpret_cast %base_buffer to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<f32> to memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %base_buffer_1, %offset_2, %sizes_3:3, %strides_4:3 = memref.extract_strided_metadata %arg1 : memref<2x64x64xf32> -> memref<f32>, index, index, index, index, index, index, index
      %21 = affine.apply #map1()[%0, %2, %15]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<f32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_5 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %14 : memref<1x1x1x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [0], sizes: [%4, %8, %17], strides: [16, 16, 1] : memref<f32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %base_buffer_6, %offset_7, %sizes_8:3, %strides_9:3 = memref.extract_strided_metadata %arg1 : memref<2x64x64xf32> -> memref<f32>, index, index, index, index, index, index, index
      %21 = affine.apply #map1()[%0, %2, %15]
      %reinterpret_cast_10 = memref.reinterpret_cast %base_buffer_6 to offset: [%21], sizes: [%4, %8, %17], strides: [4096, 64, 1] : memref<f32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %8 step %c1 {
          scf.for %arg5 = %c0 to %17 step %c1 {
            %22 = memref.load %reinterpret_cast_5[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %22, %reinterpret_cast_10[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @copy_bitcast_fusion_impl) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
#map = affine_map<()[s0, s1, s2] -> (s0 * 4096 + s1 * 1024 + s2 * 16)>
#map1 = affine_map<()[s0, s1, s2] -> (s0 * 4096 + s1 * 64 + s2)>
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %48 = arith.minsi %47, %c512 {xla.range = [0 : index, 512 : index]} : index
    scf.for %arg1 = %48 to %c512 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %arg0 : memref<2x4x64x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %21 = affine.apply #map()[%0, %1, %2]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<f32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_5, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %arg0 : memref<2x4x64x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %21 = affine.apply #map()[%0, %1, %2]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [%4, %6, %8, 16], strides: [4096, 1024, 16, 1] : memref<f32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_6 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%4, %6, %8, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %6 step %c1 {
          scf.for %arg5 = %c0 to %8 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %22 = memref.load %reinterpret_cast_5[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %22, %reinterpret_cast_6[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %base_buffer, %offset, %sizes:4, %strides:4 = memref.extract_strided_metadata %14 : memref<1x1x1x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
    %reinterpret_cast = memref.reinterpret_cast %base_buffer to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<f32> to memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %base_buffer_1, %offset_2, %sizes_3:3, %strides_4:3 = memref.extract_strided_metadata %arg1 : memref<2x64x64xf32> -> memref<f32>, index, index, index, index, index, index, index
      %21 = affine.apply #map1()[%0, %2, %15]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<f32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_5 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %14 : memref<1x1x1x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [0], sizes: [%4, %8, %17], strides: [16, 16, 1] : memref<f32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %base_buffer_6, %offset_7, %sizes_8:3, %strides_9:3 = memref.extract_strided_metadata %arg1 : memref<2x64x64xf32> -> memref<f32>, index, index, index, index, index, index, index
      %21 = affine.apply #map1()[%0, %2, %15]
      %reinterpret_cast_10 = memref.reinterpret_cast %base_buffer_6 to offset: [%21], sizes: [%4, %8, %17], strides: [4096, 64, 1] : memref<f32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %8 step %c1 {
          scf.for %arg5 = %c0 to %17 step %c1 {
            %22 = memref.load %reinterpret_cast_5[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %22, %reinterpret_cast_10[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before ExpandIntegerPowerPass: xla-expand-integer-power ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
#map = affine_map<()[s0, s1, s2] -> (s0 * 4096 + s1 * 1024 + s2 * 16)>
#map1 = affine_map<()[s0, s1, s2] -> (s0 * 4096 + s1 * 64 + s2)>
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %48 = arith.minsi %47, %c512 {xla.range = [0 : index, 512 : index]} : index
    scf.for %arg1 = %48 to %c512 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %arg0 : memref<2x4x64x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %21 = affine.apply #map()[%0, %1, %2]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<f32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_5, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %arg0 : memref<2x4x64x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %21 = affine.apply #map()[%0, %1, %2]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [%4, %6, %8, 16], strides: [4096, 1024, 16, 1] : memref<f32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_6 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%4, %6, %8, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %6 step %c1 {
          scf.for %arg5 = %c0 to %8 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %22 = memref.load %reinterpret_cast_5[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %22, %reinterpret_cast_6[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %base_buffer, %offset, %sizes:4, %strides:4 = memref.extract_strided_metadata %14 : memref<1x1x1x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
    %reinterpret_cast = memref.reinterpret_cast %base_buffer to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<f32> to memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %base_buffer_1, %offset_2, %sizes_3:3, %strides_4:3 = memref.extract_strided_metadata %arg1 : memref<2x64x64xf32> -> memref<f32>, index, index, index, index, index, index, index
      %21 = affine.apply #map1()[%0, %2, %15]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<f32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_5 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %14 : memref<1x1x1x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [0], sizes: [%4, %8, %17], strides: [16, 16, 1] : memref<f32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %base_buffer_6, %offset_7, %sizes_8:3, %strides_9:3 = memref.extract_strided_metadata %arg1 : memref<2x64x64xf32> -> memref<f32>, index, index, index, index, index, index, index
      %21 = affine.apply #map1()[%0, %2, %15]
      %reinterpret_cast_10 = memref.reinterpret_cast %base_buffer_6 to offset: [%21], sizes: [%4, %8, %17], strides: [4096, 64, 1] : memref<f32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %8 step %c1 {
          scf.for %arg5 = %c0 to %17 step %c1 {
            %22 = memref.load %reinterpret_cast_5[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %22, %reinterpret_cast_10[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before SimplifyAffinePass: xla-simplify-affine ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
#indexing_map = #xla.indexing_map<"(pid_0) -> (pid_0 / 256), domain: pid_0 in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(pid_0) -> (pid_0 mod 4), domain: pid_0 in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(pid_0) -> ((pid_0 / 4) mod 64), domain: pid_0 in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(pid_0) -> ((pid_0 mod 4) * 16), domain: pid_0 in [0, 511]">
#map = affine_map<()[s0, s1, s2] -> (s0 * 4096 + s1 * 1024 + s2 * 16)>
#map1 = affine_map<()[s0, s1, s2] -> (s0 * 4096 + s1 * 64 + s2)>
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %48 = arith.minsi %47, %c512 {xla.range = [0 : index, 512 : index]} : index
    scf.for %arg1 = %48 to %c512 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %0 = xla.apply_indexing #indexing_map(%arg2)
    %1 = xla.apply_indexing #indexing_map1(%arg2)
    %2 = xla.apply_indexing #indexing_map2(%arg2)
    %3 = arith.subi %c2, %0 : index
    %4 = arith.minsi %3, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %5 = arith.subi %c4, %1 : index
    %6 = arith.minsi %5, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %7 = arith.subi %c64, %2 : index
    %8 = arith.minsi %7, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %9 = arith.cmpi eq, %4, %c1 : index
    %10 = arith.cmpi eq, %6, %c1 : index
    %11 = arith.andi %9, %10 : i1
    %12 = arith.cmpi eq, %8, %c1 : index
    %13 = arith.andi %11, %12 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %14 = arith.select %13, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %13 {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %arg0 : memref<2x4x64x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %21 = affine.apply #map()[%0, %1, %2]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<f32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_5, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %arg0 : memref<2x4x64x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %21 = affine.apply #map()[%0, %1, %2]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [%4, %6, %8, 16], strides: [4096, 1024, 16, 1] : memref<f32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_6 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%4, %6, %8, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %6 step %c1 {
          scf.for %arg5 = %c0 to %8 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %22 = memref.load %reinterpret_cast_5[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %22, %reinterpret_cast_6[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %base_buffer, %offset, %sizes:4, %strides:4 = memref.extract_strided_metadata %14 : memref<1x1x1x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
    %reinterpret_cast = memref.reinterpret_cast %base_buffer to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<f32> to memref<1x1x16xf32>
    %15 = xla.apply_indexing #indexing_map3(%arg2)
    %16 = arith.subi %c64, %15 : index
    %17 = arith.minsi %16, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %18 = arith.andi %9, %12 : i1
    %19 = arith.cmpi eq, %17, %c16 : index
    %20 = arith.andi %18, %19 : i1
    scf.if %20 {
      %base_buffer_1, %offset_2, %sizes_3:3, %strides_4:3 = memref.extract_strided_metadata %arg1 : memref<2x64x64xf32> -> memref<f32>, index, index, index, index, index, index, index
      %21 = affine.apply #map1()[%0, %2, %15]
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%21], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<f32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_5 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %14 : memref<1x1x1x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [0], sizes: [%4, %8, %17], strides: [16, 16, 1] : memref<f32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %base_buffer_6, %offset_7, %sizes_8:3, %strides_9:3 = memref.extract_strided_metadata %arg1 : memref<2x64x64xf32> -> memref<f32>, index, index, index, index, index, index, index
      %21 = affine.apply #map1()[%0, %2, %15]
      %reinterpret_cast_10 = memref.reinterpret_cast %base_buffer_6 to offset: [%21], sizes: [%4, %8, %17], strides: [4096, 64, 1] : memref<f32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %4 step %c1 {
        scf.for %arg4 = %c0 to %8 step %c1 {
          scf.for %arg5 = %c0 to %17 step %c1 {
            %22 = memref.load %reinterpret_cast_5[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %22, %reinterpret_cast_10[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %48 = arith.minsi %47, %c512 {xla.range = [0 : index, 512 : index]} : index
    scf.for %arg1 = %48 to %c512 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %14 {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %arg0 : memref<2x4x64x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %1, %c1024 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.muli %3, %c16 overflow<nsw> : index
      %27 = arith.addi %25, %26 overflow<nsw> : index
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%27], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<f32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_5, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %arg0 : memref<2x4x64x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %1, %c1024 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.muli %3, %c16 overflow<nsw> : index
      %27 = arith.addi %25, %26 overflow<nsw> : index
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%27], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<f32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_6 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %7 step %c1 {
          scf.for %arg5 = %c0 to %9 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %28 = memref.load %reinterpret_cast_5[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %28, %reinterpret_cast_6[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %base_buffer, %offset, %sizes:4, %strides:4 = memref.extract_strided_metadata %15 : memref<1x1x1x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
    %reinterpret_cast = memref.reinterpret_cast %base_buffer to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<f32> to memref<1x1x16xf32>
    %16 = arith.remui %arg2, %c4 : index
    %17 = arith.muli %16, %c16 overflow<nsw> : index
    %18 = arith.subi %c64, %17 : index
    %19 = arith.minsi %18, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %20 = arith.andi %10, %13 : i1
    %21 = arith.cmpi eq, %19, %c16 : index
    %22 = arith.andi %20, %21 : i1
    scf.if %22 {
      %base_buffer_1, %offset_2, %sizes_3:3, %strides_4:3 = memref.extract_strided_metadata %arg1 : memref<2x64x64xf32> -> memref<f32>, index, index, index, index, index, index, index
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %3, %c64 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.addi %25, %17 overflow<nsw> : index
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [%26], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<f32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_5 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %base_buffer_1, %offset_2, %sizes_3:4, %strides_4:4 = memref.extract_strided_metadata %15 : memref<1x1x1x16xf32> -> memref<f32>, index, index, index, index, index, index, index, index, index
      %reinterpret_cast_5 = memref.reinterpret_cast %base_buffer_1 to offset: [0], sizes: [%5, %9, %19], strides: [16, 16, 1] : memref<f32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %base_buffer_6, %offset_7, %sizes_8:3, %strides_9:3 = memref.extract_strided_metadata %arg1 : memref<2x64x64xf32> -> memref<f32>, index, index, index, index, index, index, index
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %3, %c64 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.addi %25, %17 overflow<nsw> : index
      %reinterpret_cast_10 = memref.reinterpret_cast %base_buffer_6 to offset: [%26], sizes: [%5, %9, %19], strides: [4096, 64, 1] : memref<f32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %9 step %c1 {
          scf.for %arg5 = %c0 to %19 step %c1 {
            %27 = memref.load %reinterpret_cast_5[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %27, %reinterpret_cast_10[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %48 = arith.minsi %47, %c512 {xla.range = [0 : index, 512 : index]} : index
    scf.for %arg1 = %48 to %c512 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %14 {
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %1, %c1024 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.muli %3, %c16 overflow<nsw> : index
      %27 = arith.addi %25, %26 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%27], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_1, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %1, %c1024 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.muli %3, %c16 overflow<nsw> : index
      %27 = arith.addi %25, %26 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%27], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %7 step %c1 {
          scf.for %arg5 = %c0 to %9 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %28 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %28, %reinterpret_cast_2[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %reinterpret_cast = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %16 = arith.remui %arg2, %c4 : index
    %17 = arith.muli %16, %c16 overflow<nsw> : index
    %18 = arith.subi %c64, %17 : index
    %19 = arith.minsi %18, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %20 = arith.andi %10, %13 : i1
    %21 = arith.cmpi eq, %19, %c16 : index
    %22 = arith.andi %20, %21 : i1
    scf.if %22 {
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %3, %c64 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.addi %25, %17 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg1 to offset: [%26], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_1 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %reinterpret_cast_1 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %19], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %3, %c64 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.addi %25, %17 overflow<nsw> : index
      %reinterpret_cast_2 = memref.reinterpret_cast %arg1 to offset: [%26], sizes: [%5, %9, %19], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %9 step %c1 {
          scf.for %arg5 = %c0 to %19 step %c1 {
            %27 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %27, %reinterpret_cast_2[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %48 = arith.minsi %47, %c512 {xla.range = [0 : index, 512 : index]} : index
    scf.for %arg1 = %48 to %c512 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %14 {
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %1, %c1024 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.muli %3, %c16 overflow<nsw> : index
      %27 = arith.addi %25, %26 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%27], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_1, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %1, %c1024 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.muli %3, %c16 overflow<nsw> : index
      %27 = arith.addi %25, %26 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%27], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %7 step %c1 {
          scf.for %arg5 = %c0 to %9 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %28 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %28, %reinterpret_cast_2[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %reinterpret_cast = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %16 = arith.remui %arg2, %c4 : index
    %17 = arith.muli %16, %c16 overflow<nsw> : index
    %18 = arith.subi %c64, %17 : index
    %19 = arith.minsi %18, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %20 = arith.andi %10, %13 : i1
    %21 = arith.cmpi eq, %19, %c16 : index
    %22 = arith.andi %20, %21 : i1
    scf.if %22 {
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %3, %c64 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.addi %25, %17 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg1 to offset: [%26], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_1 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %reinterpret_cast_1 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %19], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %3, %c64 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.addi %25, %17 overflow<nsw> : index
      %reinterpret_cast_2 = memref.reinterpret_cast %arg1 to offset: [%26], sizes: [%5, %9, %19], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %9 step %c1 {
          scf.for %arg5 = %c0 to %19 step %c1 {
            %27 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %27, %reinterpret_cast_2[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before SymbolDCEPass: symbol-dce ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %48 = arith.minsi %47, %c512 {xla.range = [0 : index, 512 : index]} : index
    scf.for %arg1 = %48 to %c512 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %14 {
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %1, %c1024 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.muli %3, %c16 overflow<nsw> : index
      %27 = arith.addi %25, %26 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%27], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_1, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %1, %c1024 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.muli %3, %c16 overflow<nsw> : index
      %27 = arith.addi %25, %26 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%27], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %7 step %c1 {
          scf.for %arg5 = %c0 to %9 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %28 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %28, %reinterpret_cast_2[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %reinterpret_cast = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %16 = arith.remui %arg2, %c4 : index
    %17 = arith.muli %16, %c16 overflow<nsw> : index
    %18 = arith.subi %c64, %17 : index
    %19 = arith.minsi %18, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %20 = arith.andi %10, %13 : i1
    %21 = arith.cmpi eq, %19, %c16 : index
    %22 = arith.andi %20, %21 : i1
    scf.if %22 {
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %3, %c64 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.addi %25, %17 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg1 to offset: [%26], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_1 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %reinterpret_cast_1 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %19], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %3, %c64 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.addi %25, %17 overflow<nsw> : index
      %reinterpret_cast_2 = memref.reinterpret_cast %arg1 to offset: [%26], sizes: [%5, %9, %19], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %9 step %c1 {
          scf.for %arg5 = %c0 to %19 step %c1 {
            %27 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %27, %reinterpret_cast_2[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = builtin.unrealized_conversion_cast %39 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %41 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %42 = llvm.load %41 : !llvm.ptr -> !llvm.ptr
    %43 = llvm.getelementptr inbounds %42[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %44 = llvm.load %43 invariant : !llvm.ptr -> i64
    %45 = builtin.unrealized_conversion_cast %44 : i64 to index
    %46 = arith.maxsi %45, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %47 = arith.muli %46, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %48 = arith.minsi %47, %c512 {xla.range = [0 : index, 512 : index]} : index
    scf.for %arg1 = %48 to %c512 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %40, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %14 {
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %1, %c1024 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.muli %3, %c16 overflow<nsw> : index
      %27 = arith.addi %25, %26 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%27], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_1, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %1, %c1024 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.muli %3, %c16 overflow<nsw> : index
      %27 = arith.addi %25, %26 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%27], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %7 step %c1 {
          scf.for %arg5 = %c0 to %9 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %28 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %28, %reinterpret_cast_2[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %reinterpret_cast = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %16 = arith.remui %arg2, %c4 : index
    %17 = arith.muli %16, %c16 overflow<nsw> : index
    %18 = arith.subi %c64, %17 : index
    %19 = arith.minsi %18, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %20 = arith.andi %10, %13 : i1
    %21 = arith.cmpi eq, %19, %c16 : index
    %22 = arith.andi %20, %21 : i1
    scf.if %22 {
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %3, %c64 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.addi %25, %17 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg1 to offset: [%26], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_1 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %reinterpret_cast_1 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %19], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %23 = arith.muli %0, %c4096 overflow<nsw> : index
      %24 = arith.muli %3, %c64 overflow<nsw> : index
      %25 = arith.addi %23, %24 overflow<nsw> : index
      %26 = arith.addi %25, %17 overflow<nsw> : index
      %reinterpret_cast_2 = memref.reinterpret_cast %arg1 to offset: [%26], sizes: [%5, %9, %19], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %9 step %c1 {
          scf.for %arg5 = %c0 to %19 step %c1 {
            %27 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %27, %reinterpret_cast_2[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.insertvalue %28, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %30 = llvm.insertvalue %28, %29[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %31 = llvm.insertvalue %9, %30[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %8, %31[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %7, %32[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %4, %33[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %4, %34[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %2, %36[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = builtin.unrealized_conversion_cast %37 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %39 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %40 = llvm.load %39 : !llvm.ptr -> !llvm.ptr
    %41 = llvm.getelementptr inbounds %40[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %42 = llvm.load %41 invariant : !llvm.ptr -> i64
    %43 = builtin.unrealized_conversion_cast %42 : i64 to index
    %44 = arith.maxsi %43, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %45 = arith.muli %44, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %46 = arith.minsi %45, %c512 {xla.range = [0 : index, 512 : index]} : index
    scf.for %arg1 = %46 to %c512 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %38, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %14 {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %1, %c1024 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.muli %3, %c16 overflow<nsw> : index
      %26 = arith.addi %24, %25 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%26], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_1, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %1, %c1024 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.muli %3, %c16 overflow<nsw> : index
      %26 = arith.addi %24, %25 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%26], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %7 step %c1 {
          scf.for %arg5 = %c0 to %9 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %27 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %27, %reinterpret_cast_2[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %reinterpret_cast = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %16 = arith.muli %1, %c16 overflow<nsw> : index
    %17 = arith.subi %c64, %16 : index
    %18 = arith.minsi %17, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %19 = arith.andi %10, %13 : i1
    %20 = arith.cmpi eq, %18, %c16 : index
    %21 = arith.andi %19, %20 : i1
    scf.if %21 {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %3, %c64 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.addi %24, %16 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg1 to offset: [%25], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_1 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %reinterpret_cast_1 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %18], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %3, %c64 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.addi %24, %16 overflow<nsw> : index
      %reinterpret_cast_2 = memref.reinterpret_cast %arg1 to offset: [%25], sizes: [%5, %9, %18], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %9 step %c1 {
          scf.for %arg5 = %c0 to %18 step %c1 {
            %26 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %26, %reinterpret_cast_2[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @copy_bitcast_fusion_impl) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.insertvalue %28, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %30 = llvm.insertvalue %28, %29[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %31 = llvm.insertvalue %9, %30[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %8, %31[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %7, %32[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %4, %33[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %4, %34[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %2, %36[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = builtin.unrealized_conversion_cast %37 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %39 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %40 = llvm.load %39 : !llvm.ptr -> !llvm.ptr
    %41 = llvm.getelementptr inbounds %40[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %42 = llvm.load %41 invariant : !llvm.ptr -> i64
    %43 = builtin.unrealized_conversion_cast %42 : i64 to index
    %44 = arith.maxsi %43, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %45 = arith.muli %44, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %46 = arith.minsi %45, %c512 {xla.range = [0 : index, 512 : index]} : index
    scf.for %arg1 = %46 to %c512 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %38, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %14 {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %1, %c1024 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.muli %3, %c16 overflow<nsw> : index
      %26 = arith.addi %24, %25 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%26], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_1, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %1, %c1024 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.muli %3, %c16 overflow<nsw> : index
      %26 = arith.addi %24, %25 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%26], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %7 step %c1 {
          scf.for %arg5 = %c0 to %9 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %27 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %27, %reinterpret_cast_2[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %reinterpret_cast = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %16 = arith.muli %1, %c16 overflow<nsw> : index
    %17 = arith.subi %c64, %16 : index
    %18 = arith.minsi %17, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %19 = arith.andi %10, %13 : i1
    %20 = arith.cmpi eq, %18, %c16 : index
    %21 = arith.andi %19, %20 : i1
    scf.if %21 {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %3, %c64 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.addi %24, %16 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg1 to offset: [%25], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_1 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %reinterpret_cast_1 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %18], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %3, %c64 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.addi %24, %16 overflow<nsw> : index
      %reinterpret_cast_2 = memref.reinterpret_cast %arg1 to offset: [%25], sizes: [%5, %9, %18], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %9 step %c1 {
          scf.for %arg5 = %c0 to %18 step %c1 {
            %26 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %26, %reinterpret_cast_2[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-expand-float-ops{approximate_tanh=false} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.insertvalue %28, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %30 = llvm.insertvalue %28, %29[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %31 = llvm.insertvalue %9, %30[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %8, %31[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %7, %32[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %4, %33[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %4, %34[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %2, %36[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = builtin.unrealized_conversion_cast %37 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %39 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %40 = llvm.load %39 : !llvm.ptr -> !llvm.ptr
    %41 = llvm.getelementptr inbounds %40[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %42 = llvm.load %41 invariant : !llvm.ptr -> i64
    %43 = builtin.unrealized_conversion_cast %42 : i64 to index
    %44 = arith.maxsi %43, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %45 = arith.muli %44, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %46 = arith.minsi %45, %c512 {xla.range = [0 : index, 512 : index]} : index
    scf.for %arg1 = %46 to %c512 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %38, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %14 {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %1, %c1024 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.muli %3, %c16 overflow<nsw> : index
      %26 = arith.addi %24, %25 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%26], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_1, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %1, %c1024 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.muli %3, %c16 overflow<nsw> : index
      %26 = arith.addi %24, %25 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%26], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %7 step %c1 {
          scf.for %arg5 = %c0 to %9 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %27 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %27, %reinterpret_cast_2[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %reinterpret_cast = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %16 = arith.muli %1, %c16 overflow<nsw> : index
    %17 = arith.subi %c64, %16 : index
    %18 = arith.minsi %17, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %19 = arith.andi %10, %13 : i1
    %20 = arith.cmpi eq, %18, %c16 : index
    %21 = arith.andi %19, %20 : i1
    scf.if %21 {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %3, %c64 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.addi %24, %16 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg1 to offset: [%25], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_1 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %reinterpret_cast_1 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %18], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %3, %c64 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.addi %24, %16 overflow<nsw> : index
      %reinterpret_cast_2 = memref.reinterpret_cast %arg1 to offset: [%25], sizes: [%5, %9, %18], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %9 step %c1 {
          scf.for %arg5 = %c0 to %18 step %c1 {
            %26 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %26, %reinterpret_cast_2[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.insertvalue %28, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %30 = llvm.insertvalue %28, %29[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %31 = llvm.insertvalue %9, %30[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %8, %31[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %7, %32[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %4, %33[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %4, %34[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %2, %36[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = builtin.unrealized_conversion_cast %37 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %39 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %40 = llvm.load %39 : !llvm.ptr -> !llvm.ptr
    %41 = llvm.getelementptr inbounds %40[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %42 = llvm.load %41 invariant : !llvm.ptr -> i64
    %43 = builtin.unrealized_conversion_cast %42 : i64 to index
    %44 = arith.maxsi %43, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %45 = arith.muli %44, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %46 = arith.minsi %45, %c512 {xla.range = [0 : index, 512 : index]} : index
    scf.for %arg1 = %46 to %c512 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %38, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %14 {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %1, %c1024 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.muli %3, %c16 overflow<nsw> : index
      %26 = arith.addi %24, %25 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%26], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_1, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %1, %c1024 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.muli %3, %c16 overflow<nsw> : index
      %26 = arith.addi %24, %25 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%26], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %7 step %c1 {
          scf.for %arg5 = %c0 to %9 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %27 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %27, %reinterpret_cast_2[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %reinterpret_cast = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %16 = arith.muli %1, %c16 overflow<nsw> : index
    %17 = arith.subi %c64, %16 : index
    %18 = arith.minsi %17, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %19 = arith.andi %10, %13 : i1
    %20 = arith.cmpi eq, %18, %c16 : index
    %21 = arith.andi %19, %20 : i1
    scf.if %21 {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %3, %c64 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.addi %24, %16 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg1 to offset: [%25], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_1 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %reinterpret_cast_1 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %18], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %3, %c64 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.addi %24, %16 overflow<nsw> : index
      %reinterpret_cast_2 = memref.reinterpret_cast %arg1 to offset: [%25], sizes: [%5, %9, %18], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %9 step %c1 {
          scf.for %arg5 = %c0 to %18 step %c1 {
            %26 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %26, %reinterpret_cast_2[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.insertvalue %28, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %30 = llvm.insertvalue %28, %29[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %31 = llvm.insertvalue %9, %30[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %8, %31[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %7, %32[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %4, %33[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %4, %34[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %2, %36[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = builtin.unrealized_conversion_cast %37 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %39 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %40 = llvm.load %39 : !llvm.ptr -> !llvm.ptr
    %41 = llvm.getelementptr inbounds %40[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %42 = llvm.load %41 invariant : !llvm.ptr -> i64
    %43 = builtin.unrealized_conversion_cast %42 : i64 to index
    %44 = arith.maxsi %43, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %45 = arith.muli %44, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %46 = arith.minsi %45, %c512 {xla.range = [0 : index, 512 : index]} : index
    scf.for %arg1 = %46 to %c512 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %38, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %14 {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %1, %c1024 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.muli %3, %c16 overflow<nsw> : index
      %26 = arith.addi %24, %25 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%26], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_1, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %1, %c1024 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.muli %3, %c16 overflow<nsw> : index
      %26 = arith.addi %24, %25 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%26], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %7 step %c1 {
          scf.for %arg5 = %c0 to %9 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %27 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %27, %reinterpret_cast_2[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %reinterpret_cast = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %16 = arith.muli %1, %c16 overflow<nsw> : index
    %17 = arith.subi %c64, %16 : index
    %18 = arith.minsi %17, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %19 = arith.andi %10, %13 : i1
    %20 = arith.cmpi eq, %18, %c16 : index
    %21 = arith.andi %19, %20 : i1
    scf.if %21 {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %3, %c64 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.addi %24, %16 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg1 to offset: [%25], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_1 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %reinterpret_cast_1 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %18], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %3, %c64 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.addi %24, %16 overflow<nsw> : index
      %reinterpret_cast_2 = memref.reinterpret_cast %arg1 to offset: [%25], sizes: [%5, %9, %18], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %9 step %c1 {
          scf.for %arg5 = %c0 to %18 step %c1 {
            %26 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %26, %reinterpret_cast_2[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before SCFToControlFlowPass: convert-scf-to-cf{allow-pattern-rollback=true} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.insertvalue %28, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %30 = llvm.insertvalue %28, %29[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %31 = llvm.insertvalue %9, %30[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %8, %31[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %7, %32[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %4, %33[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %4, %34[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %2, %36[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = builtin.unrealized_conversion_cast %37 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %39 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %40 = llvm.load %39 : !llvm.ptr -> !llvm.ptr
    %41 = llvm.getelementptr inbounds %40[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %42 = llvm.load %41 invariant : !llvm.ptr -> i64
    %43 = builtin.unrealized_conversion_cast %42 : i64 to index
    %44 = arith.maxsi %43, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %45 = arith.muli %44, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %46 = arith.minsi %45, %c512 {xla.range = [0 : index, 512 : index]} : index
    scf.for %arg1 = %46 to %c512 step %c1 {
      func.call @copy_bitcast_fusion_impl(%26, %38, %arg1) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    }
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    scf.if %14 {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %1, %c1024 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.muli %3, %c16 overflow<nsw> : index
      %26 = arith.addi %24, %25 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%26], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      memref.copy %reinterpret_cast_1, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    } else {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %1, %c1024 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.muli %3, %c16 overflow<nsw> : index
      %26 = arith.addi %24, %25 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%26], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
      %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %7 step %c1 {
          scf.for %arg5 = %c0 to %9 step %c1 {
            scf.for %arg6 = %c0 to %c16 step %c1 {
              %27 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
              memref.store %27, %reinterpret_cast_2[%arg3, %arg4, %arg5, %arg6] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
            }
          }
        }
      }
    }
    %reinterpret_cast = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %16 = arith.muli %1, %c16 overflow<nsw> : index
    %17 = arith.subi %c64, %16 : index
    %18 = arith.minsi %17, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %19 = arith.andi %10, %13 : i1
    %20 = arith.cmpi eq, %18, %c16 : index
    %21 = arith.andi %19, %20 : i1
    scf.if %21 {
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %3, %c64 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.addi %24, %16 overflow<nsw> : index
      %reinterpret_cast_1 = memref.reinterpret_cast %arg1 to offset: [%25], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
      memref.copy %reinterpret_cast, %reinterpret_cast_1 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    } else {
      %reinterpret_cast_1 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %18], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
      %22 = arith.muli %0, %c4096 overflow<nsw> : index
      %23 = arith.muli %3, %c64 overflow<nsw> : index
      %24 = arith.addi %22, %23 overflow<nsw> : index
      %25 = arith.addi %24, %16 overflow<nsw> : index
      %reinterpret_cast_2 = memref.reinterpret_cast %arg1 to offset: [%25], sizes: [%5, %9, %18], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
      scf.for %arg3 = %c0 to %5 step %c1 {
        scf.for %arg4 = %c0 to %9 step %c1 {
          scf.for %arg5 = %c0 to %18 step %c1 {
            %26 = memref.load %reinterpret_cast_1[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[16, 16, 1]>>
            memref.store %26, %reinterpret_cast_2[%arg3, %arg4, %arg5] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
          }
        }
      }
    }
    return
  }
}


// -----// IR Dump Before LowerXlaIntrinsicLibPass: xla-lower-xla-intrinsic-lib ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.insertvalue %28, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %30 = llvm.insertvalue %28, %29[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %31 = llvm.insertvalue %9, %30[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %8, %31[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %7, %32[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %4, %33[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %4, %34[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %2, %36[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = builtin.unrealized_conversion_cast %37 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %39 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %40 = llvm.load %39 : !llvm.ptr -> !llvm.ptr
    %41 = llvm.getelementptr inbounds %40[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %42 = llvm.load %41 invariant : !llvm.ptr -> i64
    %43 = builtin.unrealized_conversion_cast %42 : i64 to index
    %44 = arith.maxsi %43, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %45 = arith.muli %44, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %46 = arith.minsi %45, %c512 {xla.range = [0 : index, 512 : index]} : index
    cf.br ^bb1(%46 : index)
  ^bb1(%47: index):  // 2 preds: ^bb0, ^bb2
    %48 = arith.cmpi slt, %47, %c512 : index
    cf.cond_br %48, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    call @copy_bitcast_fusion_impl(%26, %38, %47) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    %49 = arith.addi %47, %c1 : index
    cf.br ^bb1(%49 : index)
  ^bb3:  // pred: ^bb1
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    cf.cond_br %14, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    %16 = arith.muli %0, %c4096 overflow<nsw> : index
    %17 = arith.muli %1, %c1024 overflow<nsw> : index
    %18 = arith.addi %16, %17 overflow<nsw> : index
    %19 = arith.muli %3, %c16 overflow<nsw> : index
    %20 = arith.addi %18, %19 overflow<nsw> : index
    %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [%20], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    memref.copy %reinterpret_cast, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    cf.br ^bb15
  ^bb2:  // pred: ^bb0
    %21 = arith.muli %0, %c4096 overflow<nsw> : index
    %22 = arith.muli %1, %c1024 overflow<nsw> : index
    %23 = arith.addi %21, %22 overflow<nsw> : index
    %24 = arith.muli %3, %c16 overflow<nsw> : index
    %25 = arith.addi %23, %24 overflow<nsw> : index
    %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%25], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    cf.br ^bb3(%c0 : index)
  ^bb3(%26: index):  // 2 preds: ^bb2, ^bb13
    %27 = arith.cmpi slt, %26, %5 : index
    cf.cond_br %27, ^bb4, ^bb14
  ^bb4:  // pred: ^bb3
    cf.br ^bb5(%c0 : index)
  ^bb5(%28: index):  // 2 preds: ^bb4, ^bb12
    %29 = arith.cmpi slt, %28, %7 : index
    cf.cond_br %29, ^bb6, ^bb13
  ^bb6:  // pred: ^bb5
    cf.br ^bb7(%c0 : index)
  ^bb7(%30: index):  // 2 preds: ^bb6, ^bb11
    %31 = arith.cmpi slt, %30, %9 : index
    cf.cond_br %31, ^bb8, ^bb12
  ^bb8:  // pred: ^bb7
    cf.br ^bb9(%c0 : index)
  ^bb9(%32: index):  // 2 preds: ^bb8, ^bb10
    %33 = arith.cmpi slt, %32, %c16 : index
    cf.cond_br %33, ^bb10, ^bb11
  ^bb10:  // pred: ^bb9
    %34 = memref.load %reinterpret_cast_1[%26, %28, %30, %32] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    memref.store %34, %reinterpret_cast_2[%26, %28, %30, %32] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    %35 = arith.addi %32, %c1 : index
    cf.br ^bb9(%35 : index)
  ^bb11:  // pred: ^bb9
    %36 = arith.addi %30, %c1 : index
    cf.br ^bb7(%36 : index)
  ^bb12:  // pred: ^bb7
    %37 = arith.addi %28, %c1 : index
    cf.br ^bb5(%37 : index)
  ^bb13:  // pred: ^bb5
    %38 = arith.addi %26, %c1 : index
    cf.br ^bb3(%38 : index)
  ^bb14:  // pred: ^bb3
    cf.br ^bb15
  ^bb15:  // 2 preds: ^bb1, ^bb14
    %reinterpret_cast_3 = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %39 = arith.muli %1, %c16 overflow<nsw> : index
    %40 = arith.subi %c64, %39 : index
    %41 = arith.minsi %40, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %42 = arith.andi %10, %13 : i1
    %43 = arith.cmpi eq, %41, %c16 : index
    %44 = arith.andi %42, %43 : i1
    cf.cond_br %44, ^bb16, ^bb17
  ^bb16:  // pred: ^bb15
    %45 = arith.muli %0, %c4096 overflow<nsw> : index
    %46 = arith.muli %3, %c64 overflow<nsw> : index
    %47 = arith.addi %45, %46 overflow<nsw> : index
    %48 = arith.addi %47, %39 overflow<nsw> : index
    %reinterpret_cast_4 = memref.reinterpret_cast %arg1 to offset: [%48], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    memref.copy %reinterpret_cast_3, %reinterpret_cast_4 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    cf.br ^bb27
  ^bb17:  // pred: ^bb15
    %reinterpret_cast_5 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %41], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
    %49 = arith.muli %0, %c4096 overflow<nsw> : index
    %50 = arith.muli %3, %c64 overflow<nsw> : index
    %51 = arith.addi %49, %50 overflow<nsw> : index
    %52 = arith.addi %51, %39 overflow<nsw> : index
    %reinterpret_cast_6 = memref.reinterpret_cast %arg1 to offset: [%52], sizes: [%5, %9, %41], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    cf.br ^bb18(%c0 : index)
  ^bb18(%53: index):  // 2 preds: ^bb17, ^bb25
    %54 = arith.cmpi slt, %53, %5 : index
    cf.cond_br %54, ^bb19, ^bb26
  ^bb19:  // pred: ^bb18
    cf.br ^bb20(%c0 : index)
  ^bb20(%55: index):  // 2 preds: ^bb19, ^bb24
    %56 = arith.cmpi slt, %55, %9 : index
    cf.cond_br %56, ^bb21, ^bb25
  ^bb21:  // pred: ^bb20
    cf.br ^bb22(%c0 : index)
  ^bb22(%57: index):  // 2 preds: ^bb21, ^bb23
    %58 = arith.cmpi slt, %57, %41 : index
    cf.cond_br %58, ^bb23, ^bb24
  ^bb23:  // pred: ^bb22
    %59 = memref.load %reinterpret_cast_5[%53, %55, %57] : memref<?x?x?xf32, strided<[16, 16, 1]>>
    memref.store %59, %reinterpret_cast_6[%53, %55, %57] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    %60 = arith.addi %57, %c1 : index
    cf.br ^bb22(%60 : index)
  ^bb24:  // pred: ^bb22
    %61 = arith.addi %55, %c1 : index
    cf.br ^bb20(%61 : index)
  ^bb25:  // pred: ^bb20
    %62 = arith.addi %53, %c1 : index
    cf.br ^bb18(%62 : index)
  ^bb26:  // pred: ^bb18
    cf.br ^bb27
  ^bb27:  // 2 preds: ^bb16, ^bb26
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.insertvalue %28, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %30 = llvm.insertvalue %28, %29[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %31 = llvm.insertvalue %9, %30[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %8, %31[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %7, %32[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %4, %33[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %4, %34[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %2, %36[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = builtin.unrealized_conversion_cast %37 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %39 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %40 = llvm.load %39 : !llvm.ptr -> !llvm.ptr
    %41 = llvm.getelementptr inbounds %40[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %42 = llvm.load %41 invariant : !llvm.ptr -> i64
    %43 = builtin.unrealized_conversion_cast %42 : i64 to index
    %44 = arith.maxsi %43, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %45 = arith.muli %44, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %46 = arith.minsi %45, %c512 {xla.range = [0 : index, 512 : index]} : index
    cf.br ^bb1(%46 : index)
  ^bb1(%47: index):  // 2 preds: ^bb0, ^bb2
    %48 = arith.cmpi slt, %47, %c512 : index
    cf.cond_br %48, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    call @copy_bitcast_fusion_impl(%26, %38, %47) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    %49 = arith.addi %47, %c1 : index
    cf.br ^bb1(%49 : index)
  ^bb3:  // pred: ^bb1
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    cf.cond_br %14, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    %16 = arith.muli %0, %c4096 overflow<nsw> : index
    %17 = arith.muli %1, %c1024 overflow<nsw> : index
    %18 = arith.addi %16, %17 overflow<nsw> : index
    %19 = arith.muli %3, %c16 overflow<nsw> : index
    %20 = arith.addi %18, %19 overflow<nsw> : index
    %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [%20], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    memref.copy %reinterpret_cast, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    cf.br ^bb15
  ^bb2:  // pred: ^bb0
    %21 = arith.muli %0, %c4096 overflow<nsw> : index
    %22 = arith.muli %1, %c1024 overflow<nsw> : index
    %23 = arith.addi %21, %22 overflow<nsw> : index
    %24 = arith.muli %3, %c16 overflow<nsw> : index
    %25 = arith.addi %23, %24 overflow<nsw> : index
    %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%25], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    cf.br ^bb3(%c0 : index)
  ^bb3(%26: index):  // 2 preds: ^bb2, ^bb13
    %27 = arith.cmpi slt, %26, %5 : index
    cf.cond_br %27, ^bb4, ^bb14
  ^bb4:  // pred: ^bb3
    cf.br ^bb5(%c0 : index)
  ^bb5(%28: index):  // 2 preds: ^bb4, ^bb12
    %29 = arith.cmpi slt, %28, %7 : index
    cf.cond_br %29, ^bb6, ^bb13
  ^bb6:  // pred: ^bb5
    cf.br ^bb7(%c0 : index)
  ^bb7(%30: index):  // 2 preds: ^bb6, ^bb11
    %31 = arith.cmpi slt, %30, %9 : index
    cf.cond_br %31, ^bb8, ^bb12
  ^bb8:  // pred: ^bb7
    cf.br ^bb9(%c0 : index)
  ^bb9(%32: index):  // 2 preds: ^bb8, ^bb10
    %33 = arith.cmpi slt, %32, %c16 : index
    cf.cond_br %33, ^bb10, ^bb11
  ^bb10:  // pred: ^bb9
    %34 = memref.load %reinterpret_cast_1[%26, %28, %30, %32] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    memref.store %34, %reinterpret_cast_2[%26, %28, %30, %32] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    %35 = arith.addi %32, %c1 : index
    cf.br ^bb9(%35 : index)
  ^bb11:  // pred: ^bb9
    %36 = arith.addi %30, %c1 : index
    cf.br ^bb7(%36 : index)
  ^bb12:  // pred: ^bb7
    %37 = arith.addi %28, %c1 : index
    cf.br ^bb5(%37 : index)
  ^bb13:  // pred: ^bb5
    %38 = arith.addi %26, %c1 : index
    cf.br ^bb3(%38 : index)
  ^bb14:  // pred: ^bb3
    cf.br ^bb15
  ^bb15:  // 2 preds: ^bb1, ^bb14
    %reinterpret_cast_3 = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %39 = arith.muli %1, %c16 overflow<nsw> : index
    %40 = arith.subi %c64, %39 : index
    %41 = arith.minsi %40, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %42 = arith.andi %10, %13 : i1
    %43 = arith.cmpi eq, %41, %c16 : index
    %44 = arith.andi %42, %43 : i1
    cf.cond_br %44, ^bb16, ^bb17
  ^bb16:  // pred: ^bb15
    %45 = arith.muli %0, %c4096 overflow<nsw> : index
    %46 = arith.muli %3, %c64 overflow<nsw> : index
    %47 = arith.addi %45, %46 overflow<nsw> : index
    %48 = arith.addi %47, %39 overflow<nsw> : index
    %reinterpret_cast_4 = memref.reinterpret_cast %arg1 to offset: [%48], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    memref.copy %reinterpret_cast_3, %reinterpret_cast_4 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    cf.br ^bb27
  ^bb17:  // pred: ^bb15
    %reinterpret_cast_5 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %41], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
    %49 = arith.muli %0, %c4096 overflow<nsw> : index
    %50 = arith.muli %3, %c64 overflow<nsw> : index
    %51 = arith.addi %49, %50 overflow<nsw> : index
    %52 = arith.addi %51, %39 overflow<nsw> : index
    %reinterpret_cast_6 = memref.reinterpret_cast %arg1 to offset: [%52], sizes: [%5, %9, %41], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    cf.br ^bb18(%c0 : index)
  ^bb18(%53: index):  // 2 preds: ^bb17, ^bb25
    %54 = arith.cmpi slt, %53, %5 : index
    cf.cond_br %54, ^bb19, ^bb26
  ^bb19:  // pred: ^bb18
    cf.br ^bb20(%c0 : index)
  ^bb20(%55: index):  // 2 preds: ^bb19, ^bb24
    %56 = arith.cmpi slt, %55, %9 : index
    cf.cond_br %56, ^bb21, ^bb25
  ^bb21:  // pred: ^bb20
    cf.br ^bb22(%c0 : index)
  ^bb22(%57: index):  // 2 preds: ^bb21, ^bb23
    %58 = arith.cmpi slt, %57, %41 : index
    cf.cond_br %58, ^bb23, ^bb24
  ^bb23:  // pred: ^bb22
    %59 = memref.load %reinterpret_cast_5[%53, %55, %57] : memref<?x?x?xf32, strided<[16, 16, 1]>>
    memref.store %59, %reinterpret_cast_6[%53, %55, %57] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    %60 = arith.addi %57, %c1 : index
    cf.br ^bb22(%60 : index)
  ^bb24:  // pred: ^bb22
    %61 = arith.addi %55, %c1 : index
    cf.br ^bb20(%61 : index)
  ^bb25:  // pred: ^bb20
    %62 = arith.addi %53, %c1 : index
    cf.br ^bb18(%62 : index)
  ^bb26:  // pred: ^bb18
    cf.br ^bb27
  ^bb27:  // 2 preds: ^bb16, ^bb26
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @copy_bitcast_fusion_impl) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.insertvalue %28, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %30 = llvm.insertvalue %28, %29[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %31 = llvm.insertvalue %9, %30[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %8, %31[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %7, %32[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %4, %33[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %4, %34[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %2, %36[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = builtin.unrealized_conversion_cast %37 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %39 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %40 = llvm.load %39 : !llvm.ptr -> !llvm.ptr
    %41 = llvm.getelementptr inbounds %40[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %42 = llvm.load %41 invariant : !llvm.ptr -> i64
    %43 = builtin.unrealized_conversion_cast %42 : i64 to index
    %44 = arith.maxsi %43, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %45 = arith.muli %44, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %46 = arith.minsi %45, %c512 {xla.range = [0 : index, 512 : index]} : index
    cf.br ^bb1(%46 : index)
  ^bb1(%47: index):  // 2 preds: ^bb0, ^bb2
    %48 = arith.cmpi slt, %47, %c512 : index
    cf.cond_br %48, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    call @copy_bitcast_fusion_impl(%26, %38, %47) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    %49 = arith.addi %47, %c1 : index
    cf.br ^bb1(%49 : index)
  ^bb3:  // pred: ^bb1
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    cf.cond_br %14, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    %16 = arith.muli %0, %c4096 overflow<nsw> : index
    %17 = arith.muli %1, %c1024 overflow<nsw> : index
    %18 = arith.addi %16, %17 overflow<nsw> : index
    %19 = arith.muli %3, %c16 overflow<nsw> : index
    %20 = arith.addi %18, %19 overflow<nsw> : index
    %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [%20], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    memref.copy %reinterpret_cast, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    cf.br ^bb15
  ^bb2:  // pred: ^bb0
    %21 = arith.muli %0, %c4096 overflow<nsw> : index
    %22 = arith.muli %1, %c1024 overflow<nsw> : index
    %23 = arith.addi %21, %22 overflow<nsw> : index
    %24 = arith.muli %3, %c16 overflow<nsw> : index
    %25 = arith.addi %23, %24 overflow<nsw> : index
    %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%25], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    cf.br ^bb3(%c0 : index)
  ^bb3(%26: index):  // 2 preds: ^bb2, ^bb13
    %27 = arith.cmpi slt, %26, %5 : index
    cf.cond_br %27, ^bb4, ^bb14
  ^bb4:  // pred: ^bb3
    cf.br ^bb5(%c0 : index)
  ^bb5(%28: index):  // 2 preds: ^bb4, ^bb12
    %29 = arith.cmpi slt, %28, %7 : index
    cf.cond_br %29, ^bb6, ^bb13
  ^bb6:  // pred: ^bb5
    cf.br ^bb7(%c0 : index)
  ^bb7(%30: index):  // 2 preds: ^bb6, ^bb11
    %31 = arith.cmpi slt, %30, %9 : index
    cf.cond_br %31, ^bb8, ^bb12
  ^bb8:  // pred: ^bb7
    cf.br ^bb9(%c0 : index)
  ^bb9(%32: index):  // 2 preds: ^bb8, ^bb10
    %33 = arith.cmpi slt, %32, %c16 : index
    cf.cond_br %33, ^bb10, ^bb11
  ^bb10:  // pred: ^bb9
    %34 = memref.load %reinterpret_cast_1[%26, %28, %30, %32] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    memref.store %34, %reinterpret_cast_2[%26, %28, %30, %32] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    %35 = arith.addi %32, %c1 : index
    cf.br ^bb9(%35 : index)
  ^bb11:  // pred: ^bb9
    %36 = arith.addi %30, %c1 : index
    cf.br ^bb7(%36 : index)
  ^bb12:  // pred: ^bb7
    %37 = arith.addi %28, %c1 : index
    cf.br ^bb5(%37 : index)
  ^bb13:  // pred: ^bb5
    %38 = arith.addi %26, %c1 : index
    cf.br ^bb3(%38 : index)
  ^bb14:  // pred: ^bb3
    cf.br ^bb15
  ^bb15:  // 2 preds: ^bb1, ^bb14
    %reinterpret_cast_3 = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %39 = arith.muli %1, %c16 overflow<nsw> : index
    %40 = arith.subi %c64, %39 : index
    %41 = arith.minsi %40, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %42 = arith.andi %10, %13 : i1
    %43 = arith.cmpi eq, %41, %c16 : index
    %44 = arith.andi %42, %43 : i1
    cf.cond_br %44, ^bb16, ^bb17
  ^bb16:  // pred: ^bb15
    %45 = arith.muli %0, %c4096 overflow<nsw> : index
    %46 = arith.muli %3, %c64 overflow<nsw> : index
    %47 = arith.addi %45, %46 overflow<nsw> : index
    %48 = arith.addi %47, %39 overflow<nsw> : index
    %reinterpret_cast_4 = memref.reinterpret_cast %arg1 to offset: [%48], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    memref.copy %reinterpret_cast_3, %reinterpret_cast_4 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    cf.br ^bb27
  ^bb17:  // pred: ^bb15
    %reinterpret_cast_5 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %41], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
    %49 = arith.muli %0, %c4096 overflow<nsw> : index
    %50 = arith.muli %3, %c64 overflow<nsw> : index
    %51 = arith.addi %49, %50 overflow<nsw> : index
    %52 = arith.addi %51, %39 overflow<nsw> : index
    %reinterpret_cast_6 = memref.reinterpret_cast %arg1 to offset: [%52], sizes: [%5, %9, %41], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    cf.br ^bb18(%c0 : index)
  ^bb18(%53: index):  // 2 preds: ^bb17, ^bb25
    %54 = arith.cmpi slt, %53, %5 : index
    cf.cond_br %54, ^bb19, ^bb26
  ^bb19:  // pred: ^bb18
    cf.br ^bb20(%c0 : index)
  ^bb20(%55: index):  // 2 preds: ^bb19, ^bb24
    %56 = arith.cmpi slt, %55, %9 : index
    cf.cond_br %56, ^bb21, ^bb25
  ^bb21:  // pred: ^bb20
    cf.br ^bb22(%c0 : index)
  ^bb22(%57: index):  // 2 preds: ^bb21, ^bb23
    %58 = arith.cmpi slt, %57, %41 : index
    cf.cond_br %58, ^bb23, ^bb24
  ^bb23:  // pred: ^bb22
    %59 = memref.load %reinterpret_cast_5[%53, %55, %57] : memref<?x?x?xf32, strided<[16, 16, 1]>>
    memref.store %59, %reinterpret_cast_6[%53, %55, %57] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    %60 = arith.addi %57, %c1 : index
    cf.br ^bb22(%60 : index)
  ^bb24:  // pred: ^bb22
    %61 = arith.addi %55, %c1 : index
    cf.br ^bb20(%61 : index)
  ^bb25:  // pred: ^bb20
    %62 = arith.addi %53, %c1 : index
    cf.br ^bb18(%62 : index)
  ^bb26:  // pred: ^bb18
    cf.br ^bb27
  ^bb27:  // 2 preds: ^bb16, ^bb26
    return
  }
}


// -----// IR Dump Before ConvertMathToLibmPass: convert-math-to-libm ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.insertvalue %28, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %30 = llvm.insertvalue %28, %29[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %31 = llvm.insertvalue %9, %30[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %8, %31[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %7, %32[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %4, %33[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %4, %34[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %2, %36[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = builtin.unrealized_conversion_cast %37 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %39 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %40 = llvm.load %39 : !llvm.ptr -> !llvm.ptr
    %41 = llvm.getelementptr inbounds %40[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %42 = llvm.load %41 invariant : !llvm.ptr -> i64
    %43 = builtin.unrealized_conversion_cast %42 : i64 to index
    %44 = arith.maxsi %43, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %45 = arith.muli %44, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %46 = arith.minsi %45, %c512 {xla.range = [0 : index, 512 : index]} : index
    cf.br ^bb1(%46 : index)
  ^bb1(%47: index):  // 2 preds: ^bb0, ^bb2
    %48 = arith.cmpi slt, %47, %c512 : index
    cf.cond_br %48, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    call @copy_bitcast_fusion_impl(%26, %38, %47) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    %49 = arith.addi %47, %c1 : index
    cf.br ^bb1(%49 : index)
  ^bb3:  // pred: ^bb1
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    cf.cond_br %14, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    %16 = arith.muli %0, %c4096 overflow<nsw> : index
    %17 = arith.muli %1, %c1024 overflow<nsw> : index
    %18 = arith.addi %16, %17 overflow<nsw> : index
    %19 = arith.muli %3, %c16 overflow<nsw> : index
    %20 = arith.addi %18, %19 overflow<nsw> : index
    %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [%20], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    memref.copy %reinterpret_cast, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    cf.br ^bb15
  ^bb2:  // pred: ^bb0
    %21 = arith.muli %0, %c4096 overflow<nsw> : index
    %22 = arith.muli %1, %c1024 overflow<nsw> : index
    %23 = arith.addi %21, %22 overflow<nsw> : index
    %24 = arith.muli %3, %c16 overflow<nsw> : index
    %25 = arith.addi %23, %24 overflow<nsw> : index
    %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%25], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    cf.br ^bb3(%c0 : index)
  ^bb3(%26: index):  // 2 preds: ^bb2, ^bb13
    %27 = arith.cmpi slt, %26, %5 : index
    cf.cond_br %27, ^bb4, ^bb14
  ^bb4:  // pred: ^bb3
    cf.br ^bb5(%c0 : index)
  ^bb5(%28: index):  // 2 preds: ^bb4, ^bb12
    %29 = arith.cmpi slt, %28, %7 : index
    cf.cond_br %29, ^bb6, ^bb13
  ^bb6:  // pred: ^bb5
    cf.br ^bb7(%c0 : index)
  ^bb7(%30: index):  // 2 preds: ^bb6, ^bb11
    %31 = arith.cmpi slt, %30, %9 : index
    cf.cond_br %31, ^bb8, ^bb12
  ^bb8:  // pred: ^bb7
    cf.br ^bb9(%c0 : index)
  ^bb9(%32: index):  // 2 preds: ^bb8, ^bb10
    %33 = arith.cmpi slt, %32, %c16 : index
    cf.cond_br %33, ^bb10, ^bb11
  ^bb10:  // pred: ^bb9
    %34 = memref.load %reinterpret_cast_1[%26, %28, %30, %32] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    memref.store %34, %reinterpret_cast_2[%26, %28, %30, %32] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    %35 = arith.addi %32, %c1 : index
    cf.br ^bb9(%35 : index)
  ^bb11:  // pred: ^bb9
    %36 = arith.addi %30, %c1 : index
    cf.br ^bb7(%36 : index)
  ^bb12:  // pred: ^bb7
    %37 = arith.addi %28, %c1 : index
    cf.br ^bb5(%37 : index)
  ^bb13:  // pred: ^bb5
    %38 = arith.addi %26, %c1 : index
    cf.br ^bb3(%38 : index)
  ^bb14:  // pred: ^bb3
    cf.br ^bb15
  ^bb15:  // 2 preds: ^bb1, ^bb14
    %reinterpret_cast_3 = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %39 = arith.muli %1, %c16 overflow<nsw> : index
    %40 = arith.subi %c64, %39 : index
    %41 = arith.minsi %40, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %42 = arith.andi %10, %13 : i1
    %43 = arith.cmpi eq, %41, %c16 : index
    %44 = arith.andi %42, %43 : i1
    cf.cond_br %44, ^bb16, ^bb17
  ^bb16:  // pred: ^bb15
    %45 = arith.muli %0, %c4096 overflow<nsw> : index
    %46 = arith.muli %3, %c64 overflow<nsw> : index
    %47 = arith.addi %45, %46 overflow<nsw> : index
    %48 = arith.addi %47, %39 overflow<nsw> : index
    %reinterpret_cast_4 = memref.reinterpret_cast %arg1 to offset: [%48], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    memref.copy %reinterpret_cast_3, %reinterpret_cast_4 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    cf.br ^bb27
  ^bb17:  // pred: ^bb15
    %reinterpret_cast_5 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %41], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
    %49 = arith.muli %0, %c4096 overflow<nsw> : index
    %50 = arith.muli %3, %c64 overflow<nsw> : index
    %51 = arith.addi %49, %50 overflow<nsw> : index
    %52 = arith.addi %51, %39 overflow<nsw> : index
    %reinterpret_cast_6 = memref.reinterpret_cast %arg1 to offset: [%52], sizes: [%5, %9, %41], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    cf.br ^bb18(%c0 : index)
  ^bb18(%53: index):  // 2 preds: ^bb17, ^bb25
    %54 = arith.cmpi slt, %53, %5 : index
    cf.cond_br %54, ^bb19, ^bb26
  ^bb19:  // pred: ^bb18
    cf.br ^bb20(%c0 : index)
  ^bb20(%55: index):  // 2 preds: ^bb19, ^bb24
    %56 = arith.cmpi slt, %55, %9 : index
    cf.cond_br %56, ^bb21, ^bb25
  ^bb21:  // pred: ^bb20
    cf.br ^bb22(%c0 : index)
  ^bb22(%57: index):  // 2 preds: ^bb21, ^bb23
    %58 = arith.cmpi slt, %57, %41 : index
    cf.cond_br %58, ^bb23, ^bb24
  ^bb23:  // pred: ^bb22
    %59 = memref.load %reinterpret_cast_5[%53, %55, %57] : memref<?x?x?xf32, strided<[16, 16, 1]>>
    memref.store %59, %reinterpret_cast_6[%53, %55, %57] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    %60 = arith.addi %57, %c1 : index
    cf.br ^bb22(%60 : index)
  ^bb24:  // pred: ^bb22
    %61 = arith.addi %55, %c1 : index
    cf.br ^bb20(%61 : index)
  ^bb25:  // pred: ^bb20
    %62 = arith.addi %53, %c1 : index
    cf.br ^bb18(%62 : index)
  ^bb26:  // pred: ^bb18
    cf.br ^bb27
  ^bb27:  // 2 preds: ^bb16, ^bb26
    return
  }
}


// -----// IR Dump Before LowerToLLVMCPUPass: xla-lower-to-llvm-cpu ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  func.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %c512 = arith.constant 512 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.insertvalue %14, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %14, %15[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %9, %16[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %8, %17[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %7, %18[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %6, %19[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %5, %20[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %3, %23[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %2, %24[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = builtin.unrealized_conversion_cast %25 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %27 = llvm.getelementptr inbounds %12[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %28 = llvm.load %27 invariant : !llvm.ptr -> !llvm.ptr
    %29 = llvm.insertvalue %28, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %30 = llvm.insertvalue %28, %29[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %31 = llvm.insertvalue %9, %30[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %8, %31[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %7, %32[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %4, %33[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %4, %34[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %2, %36[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = builtin.unrealized_conversion_cast %37 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %39 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %40 = llvm.load %39 : !llvm.ptr -> !llvm.ptr
    %41 = llvm.getelementptr inbounds %40[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %42 = llvm.load %41 invariant : !llvm.ptr -> i64
    %43 = builtin.unrealized_conversion_cast %42 : i64 to index
    %44 = arith.maxsi %43, %c0 {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %45 = arith.muli %44, %c512 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : index
    %46 = arith.minsi %45, %c512 {xla.range = [0 : index, 512 : index]} : index
    cf.br ^bb1(%46 : index)
  ^bb1(%47: index):  // 2 preds: ^bb0, ^bb2
    %48 = arith.cmpi slt, %47, %c512 : index
    cf.cond_br %48, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    call @copy_bitcast_fusion_impl(%26, %38, %47) : (memref<2x4x64x16xf32>, memref<2x64x64xf32>, index) -> ()
    %49 = arith.addi %47, %c1 : index
    cf.br ^bb1(%49 : index)
  ^bb3:  // pred: ^bb1
    return %0 : !llvm.ptr
  }
  func.func @copy_bitcast_fusion_impl(%arg0: memref<2x4x64x16xf32>, %arg1: memref<2x64x64xf32>, %arg2: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %0 = arith.divui %arg2, %c256 : index
    %1 = arith.remui %arg2, %c4 : index
    %2 = arith.divui %arg2, %c4 : index
    %3 = arith.remui %2, %c64 : index
    %4 = arith.subi %c2, %0 : index
    %5 = arith.minsi %4, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %6 = arith.subi %c4, %1 : index
    %7 = arith.minsi %6, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %8 = arith.subi %c64, %3 : index
    %9 = arith.minsi %8, %c1 {xla.range = [-9223372036854775808 : index, 1 : index]} : index
    %10 = arith.cmpi eq, %5, %c1 : index
    %11 = arith.cmpi eq, %7, %c1 : index
    %12 = arith.andi %10, %11 : i1
    %13 = arith.cmpi eq, %9, %c1 : index
    %14 = arith.andi %12, %13 : i1
    %alloca = memref.alloca() : memref<1x1x1x16xf32>
    %alloca_0 = memref.alloca() : memref<1x1x1x16xf32>
    %15 = arith.select %14, %alloca, %alloca_0 : memref<1x1x1x16xf32>
    cf.cond_br %14, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    %16 = arith.muli %0, %c4096 overflow<nsw> : index
    %17 = arith.muli %1, %c1024 overflow<nsw> : index
    %18 = arith.addi %16, %17 overflow<nsw> : index
    %19 = arith.muli %3, %c16 overflow<nsw> : index
    %20 = arith.addi %18, %19 overflow<nsw> : index
    %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [%20], sizes: [1, 1, 1, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    memref.copy %reinterpret_cast, %alloca : memref<1x1x1x16xf32, strided<[4096, 1024, 16, 1], offset: ?>> to memref<1x1x1x16xf32>
    cf.br ^bb15
  ^bb2:  // pred: ^bb0
    %21 = arith.muli %0, %c4096 overflow<nsw> : index
    %22 = arith.muli %1, %c1024 overflow<nsw> : index
    %23 = arith.addi %21, %22 overflow<nsw> : index
    %24 = arith.muli %3, %c16 overflow<nsw> : index
    %25 = arith.addi %23, %24 overflow<nsw> : index
    %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [%25], sizes: [%5, %7, %9, 16], strides: [4096, 1024, 16, 1] : memref<2x4x64x16xf32> to memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    %reinterpret_cast_2 = memref.reinterpret_cast %alloca_0 to offset: [0], sizes: [%5, %7, %9, 16], strides: [16, 16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    cf.br ^bb3(%c0 : index)
  ^bb3(%26: index):  // 2 preds: ^bb2, ^bb13
    %27 = arith.cmpi slt, %26, %5 : index
    cf.cond_br %27, ^bb4, ^bb14
  ^bb4:  // pred: ^bb3
    cf.br ^bb5(%c0 : index)
  ^bb5(%28: index):  // 2 preds: ^bb4, ^bb12
    %29 = arith.cmpi slt, %28, %7 : index
    cf.cond_br %29, ^bb6, ^bb13
  ^bb6:  // pred: ^bb5
    cf.br ^bb7(%c0 : index)
  ^bb7(%30: index):  // 2 preds: ^bb6, ^bb11
    %31 = arith.cmpi slt, %30, %9 : index
    cf.cond_br %31, ^bb8, ^bb12
  ^bb8:  // pred: ^bb7
    cf.br ^bb9(%c0 : index)
  ^bb9(%32: index):  // 2 preds: ^bb8, ^bb10
    %33 = arith.cmpi slt, %32, %c16 : index
    cf.cond_br %33, ^bb10, ^bb11
  ^bb10:  // pred: ^bb9
    %34 = memref.load %reinterpret_cast_1[%26, %28, %30, %32] : memref<?x?x?x16xf32, strided<[4096, 1024, 16, 1], offset: ?>>
    memref.store %34, %reinterpret_cast_2[%26, %28, %30, %32] : memref<?x?x?x16xf32, strided<[16, 16, 16, 1]>>
    %35 = arith.addi %32, %c1 : index
    cf.br ^bb9(%35 : index)
  ^bb11:  // pred: ^bb9
    %36 = arith.addi %30, %c1 : index
    cf.br ^bb7(%36 : index)
  ^bb12:  // pred: ^bb7
    %37 = arith.addi %28, %c1 : index
    cf.br ^bb5(%37 : index)
  ^bb13:  // pred: ^bb5
    %38 = arith.addi %26, %c1 : index
    cf.br ^bb3(%38 : index)
  ^bb14:  // pred: ^bb3
    cf.br ^bb15
  ^bb15:  // 2 preds: ^bb1, ^bb14
    %reinterpret_cast_3 = memref.reinterpret_cast %15 to offset: [0], sizes: [1, 1, 16], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<1x1x16xf32>
    %39 = arith.muli %1, %c16 overflow<nsw> : index
    %40 = arith.subi %c64, %39 : index
    %41 = arith.minsi %40, %c16 {xla.range = [-9223372036854775808 : index, 16 : index]} : index
    %42 = arith.andi %10, %13 : i1
    %43 = arith.cmpi eq, %41, %c16 : index
    %44 = arith.andi %42, %43 : i1
    cf.cond_br %44, ^bb16, ^bb17
  ^bb16:  // pred: ^bb15
    %45 = arith.muli %0, %c4096 overflow<nsw> : index
    %46 = arith.muli %3, %c64 overflow<nsw> : index
    %47 = arith.addi %45, %46 overflow<nsw> : index
    %48 = arith.addi %47, %39 overflow<nsw> : index
    %reinterpret_cast_4 = memref.reinterpret_cast %arg1 to offset: [%48], sizes: [1, 1, 16], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    memref.copy %reinterpret_cast_3, %reinterpret_cast_4 : memref<1x1x16xf32> to memref<1x1x16xf32, strided<[4096, 64, 1], offset: ?>>
    cf.br ^bb27
  ^bb17:  // pred: ^bb15
    %reinterpret_cast_5 = memref.reinterpret_cast %15 to offset: [0], sizes: [%5, %9, %41], strides: [16, 16, 1] : memref<1x1x1x16xf32> to memref<?x?x?xf32, strided<[16, 16, 1]>>
    %49 = arith.muli %0, %c4096 overflow<nsw> : index
    %50 = arith.muli %3, %c64 overflow<nsw> : index
    %51 = arith.addi %49, %50 overflow<nsw> : index
    %52 = arith.addi %51, %39 overflow<nsw> : index
    %reinterpret_cast_6 = memref.reinterpret_cast %arg1 to offset: [%52], sizes: [%5, %9, %41], strides: [4096, 64, 1] : memref<2x64x64xf32> to memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    cf.br ^bb18(%c0 : index)
  ^bb18(%53: index):  // 2 preds: ^bb17, ^bb25
    %54 = arith.cmpi slt, %53, %5 : index
    cf.cond_br %54, ^bb19, ^bb26
  ^bb19:  // pred: ^bb18
    cf.br ^bb20(%c0 : index)
  ^bb20(%55: index):  // 2 preds: ^bb19, ^bb24
    %56 = arith.cmpi slt, %55, %9 : index
    cf.cond_br %56, ^bb21, ^bb25
  ^bb21:  // pred: ^bb20
    cf.br ^bb22(%c0 : index)
  ^bb22(%57: index):  // 2 preds: ^bb21, ^bb23
    %58 = arith.cmpi slt, %57, %41 : index
    cf.cond_br %58, ^bb23, ^bb24
  ^bb23:  // pred: ^bb22
    %59 = memref.load %reinterpret_cast_5[%53, %55, %57] : memref<?x?x?xf32, strided<[16, 16, 1]>>
    memref.store %59, %reinterpret_cast_6[%53, %55, %57] : memref<?x?x?xf32, strided<[4096, 64, 1], offset: ?>>
    %60 = arith.addi %57, %c1 : index
    cf.br ^bb22(%60 : index)
  ^bb24:  // pred: ^bb22
    %61 = arith.addi %55, %c1 : index
    cf.br ^bb20(%61 : index)
  ^bb25:  // pred: ^bb20
    %62 = arith.addi %53, %c1 : index
    cf.br ^bb18(%62 : index)
  ^bb26:  // pred: ^bb18
    cf.br ^bb27
  ^bb27:  // 2 preds: ^bb16, ^bb26
    return
  }
}


// -----// IR Dump Before ReconcileUnrealizedCastsPass: reconcile-unrealized-casts ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  llvm.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %11 = llvm.mlir.constant(512 : index) : i64
    %12 = llvm.mlir.constant(0 : index) : i64
    %13 = llvm.mlir.constant(1 : index) : i64
    %14 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> !llvm.ptr
    %16 = llvm.getelementptr inbounds %15[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> !llvm.ptr
    %18 = llvm.insertvalue %17, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %17, %18[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %9, %19[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %8, %20[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %7, %21[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %6, %22[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %5, %23[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %4, %24[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = llvm.insertvalue %3, %25[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %27 = llvm.insertvalue %3, %26[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %28 = llvm.insertvalue %2, %27[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %29 = builtin.unrealized_conversion_cast %28 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> to memref<2x4x64x16xf32>
    %30 = llvm.getelementptr inbounds %15[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %31 = llvm.load %30 invariant : !llvm.ptr -> !llvm.ptr
    %32 = llvm.insertvalue %31, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %31, %32[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %9, %33[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %8, %34[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %7, %35[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %4, %38[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = llvm.insertvalue %2, %39[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %41 = builtin.unrealized_conversion_cast %40 : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> to memref<2x64x64xf32>
    %42 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %43 = llvm.load %42 : !llvm.ptr -> !llvm.ptr
    %44 = llvm.getelementptr inbounds %43[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %45 = llvm.load %44 invariant : !llvm.ptr -> i64
    %46 = builtin.unrealized_conversion_cast %45 : i64 to index
    %47 = llvm.intr.smax(%45, %12) {xla.range = [0 : index, 9223372036854775807 : index]} : (i64, i64) -> i64
    %48 = llvm.mul %47, %11 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : i64
    %49 = llvm.intr.smin(%48, %11) {xla.range = [0 : index, 512 : index]} : (i64, i64) -> i64
    llvm.br ^bb1(%49 : i64)
  ^bb1(%50: i64):  // 2 preds: ^bb0, ^bb2
    %51 = llvm.icmp "slt" %50, %11 : i64
    llvm.cond_br %51, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %52 = llvm.extractvalue %28[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %53 = llvm.extractvalue %28[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %54 = llvm.extractvalue %28[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %55 = llvm.extractvalue %28[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %56 = llvm.extractvalue %28[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %57 = llvm.extractvalue %28[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %58 = llvm.extractvalue %28[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %59 = llvm.extractvalue %28[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %60 = llvm.extractvalue %28[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %61 = llvm.extractvalue %28[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %62 = llvm.extractvalue %28[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %63 = llvm.extractvalue %40[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %64 = llvm.extractvalue %40[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %65 = llvm.extractvalue %40[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %66 = llvm.extractvalue %40[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %67 = llvm.extractvalue %40[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %68 = llvm.extractvalue %40[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %69 = llvm.extractvalue %40[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %70 = llvm.extractvalue %40[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %71 = llvm.extractvalue %40[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    llvm.call @copy_bitcast_fusion_impl(%52, %53, %54, %55, %56, %57, %58, %59, %60, %61, %62, %63, %64, %65, %66, %67, %68, %69, %70, %71, %50) : (!llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, i64, i64, i64, i64, !llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, i64, i64, i64) -> ()
    %72 = llvm.add %50, %13 : i64
    llvm.br ^bb1(%72 : i64)
  ^bb3:  // pred: ^bb1
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @copy_bitcast_fusion_impl(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64, %arg11: !llvm.ptr, %arg12: !llvm.ptr, %arg13: i64, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: i64) attributes {always_inline, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %0 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %1 = llvm.insertvalue %arg11, %0[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %2 = llvm.insertvalue %arg12, %1[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %3 = llvm.insertvalue %arg13, %2[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %4 = llvm.insertvalue %arg14, %3[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %5 = llvm.insertvalue %arg17, %4[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %6 = llvm.insertvalue %arg15, %5[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %7 = llvm.insertvalue %arg18, %6[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %8 = llvm.insertvalue %arg16, %7[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %9 = llvm.insertvalue %arg19, %8[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %11 = llvm.insertvalue %arg0, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %12 = llvm.insertvalue %arg1, %11[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %13 = llvm.insertvalue %arg2, %12[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %14 = llvm.insertvalue %arg3, %13[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %15 = llvm.insertvalue %arg7, %14[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %arg4, %15[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %arg8, %16[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %arg5, %17[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %arg9, %18[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %arg6, %19[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %arg10, %20[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.mlir.constant(1024 : index) : i64
    %23 = llvm.mlir.constant(4096 : index) : i64
    %24 = llvm.mlir.constant(0 : index) : i64
    %25 = llvm.mlir.constant(64 : index) : i64
    %26 = llvm.mlir.constant(4 : index) : i64
    %27 = llvm.mlir.constant(2 : index) : i64
    %28 = llvm.mlir.constant(16 : index) : i64
    %29 = llvm.mlir.constant(1 : index) : i64
    %30 = llvm.mlir.constant(256 : index) : i64
    %31 = llvm.udiv %arg20, %30 : i64
    %32 = llvm.urem %arg20, %26 : i64
    %33 = llvm.udiv %arg20, %26 : i64
    %34 = llvm.urem %33, %25 : i64
    %35 = llvm.sub %27, %31 : i64
    %36 = llvm.intr.smin(%35, %29) {xla.range = [-9223372036854775808 : index, 1 : index]} : (i64, i64) -> i64
    %37 = llvm.sub %26, %32 : i64
    %38 = llvm.intr.smin(%37, %29) {xla.range = [-9223372036854775808 : index, 1 : index]} : (i64, i64) -> i64
    %39 = llvm.sub %25, %34 : i64
    %40 = llvm.intr.smin(%39, %29) {xla.range = [-9223372036854775808 : index, 1 : index]} : (i64, i64) -> i64
    %41 = llvm.icmp "eq" %36, %29 : i64
    %42 = llvm.icmp "eq" %38, %29 : i64
    %43 = llvm.and %41, %42 : i1
    %44 = llvm.icmp "eq" %40, %29 : i64
    %45 = llvm.and %43, %44 : i1
    %46 = llvm.mlir.constant(1 : index) : i64
    %47 = llvm.mlir.constant(1 : index) : i64
    %48 = llvm.mlir.constant(1 : index) : i64
    %49 = llvm.mlir.constant(16 : index) : i64
    %50 = llvm.mlir.constant(1 : index) : i64
    %51 = llvm.mlir.constant(16 : index) : i64
    %52 = llvm.mlir.constant(16 : index) : i64
    %53 = llvm.mlir.constant(16 : index) : i64
    %54 = llvm.alloca %53 x f32 : (i64) -> !llvm.ptr
    %55 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %56 = llvm.insertvalue %54, %55[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %57 = llvm.insertvalue %54, %56[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %58 = llvm.mlir.constant(0 : index) : i64
    %59 = llvm.insertvalue %58, %57[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %60 = llvm.insertvalue %46, %59[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %61 = llvm.insertvalue %47, %60[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %62 = llvm.insertvalue %48, %61[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %63 = llvm.insertvalue %49, %62[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %64 = llvm.insertvalue %52, %63[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %65 = llvm.insertvalue %51, %64[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %66 = llvm.insertvalue %49, %65[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %67 = llvm.insertvalue %50, %66[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %68 = llvm.mlir.constant(1 : index) : i64
    %69 = llvm.mlir.constant(1 : index) : i64
    %70 = llvm.mlir.constant(1 : index) : i64
    %71 = llvm.mlir.constant(16 : index) : i64
    %72 = llvm.mlir.constant(1 : index) : i64
    %73 = llvm.mlir.constant(16 : index) : i64
    %74 = llvm.mlir.constant(16 : index) : i64
    %75 = llvm.mlir.constant(16 : index) : i64
    %76 = llvm.alloca %75 x f32 : (i64) -> !llvm.ptr
    %77 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %78 = llvm.insertvalue %76, %77[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %79 = llvm.insertvalue %76, %78[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %80 = llvm.mlir.constant(0 : index) : i64
    %81 = llvm.insertvalue %80, %79[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %82 = llvm.insertvalue %68, %81[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %83 = llvm.insertvalue %69, %82[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %84 = llvm.insertvalue %70, %83[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %85 = llvm.insertvalue %71, %84[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %86 = llvm.insertvalue %74, %85[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %87 = llvm.insertvalue %73, %86[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %88 = llvm.insertvalue %71, %87[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %89 = llvm.insertvalue %72, %88[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %90 = llvm.select %45, %67, %89 : i1, !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    llvm.cond_br %45, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    %91 = llvm.mul %31, %23 overflow<nsw> : i64
    %92 = llvm.mul %32, %22 overflow<nsw> : i64
    %93 = llvm.add %91, %92 overflow<nsw> : i64
    %94 = llvm.mul %34, %28 overflow<nsw> : i64
    %95 = llvm.add %93, %94 overflow<nsw> : i64
    %96 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %97 = llvm.extractvalue %21[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %98 = llvm.extractvalue %21[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %99 = llvm.insertvalue %97, %96[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %100 = llvm.insertvalue %98, %99[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %101 = llvm.insertvalue %95, %100[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %102 = llvm.mlir.constant(1 : index) : i64
    %103 = llvm.insertvalue %102, %101[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %104 = llvm.mlir.constant(4096 : index) : i64
    %105 = llvm.insertvalue %104, %103[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %106 = llvm.mlir.constant(1 : index) : i64
    %107 = llvm.insertvalue %106, %105[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %108 = llvm.mlir.constant(1024 : index) : i64
    %109 = llvm.insertvalue %108, %107[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %110 = llvm.mlir.constant(1 : index) : i64
    %111 = llvm.insertvalue %110, %109[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %112 = llvm.mlir.constant(16 : index) : i64
    %113 = llvm.insertvalue %112, %111[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %114 = llvm.mlir.constant(16 : index) : i64
    %115 = llvm.insertvalue %114, %113[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %116 = llvm.mlir.constant(1 : index) : i64
    %117 = llvm.insertvalue %116, %115[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %118 = llvm.mlir.constant(1 : index) : i64
    %119 = llvm.extractvalue %117[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %120 = llvm.mul %118, %119 : i64
    %121 = llvm.extractvalue %117[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %122 = llvm.mul %120, %121 : i64
    %123 = llvm.extractvalue %117[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %124 = llvm.mul %122, %123 : i64
    %125 = llvm.extractvalue %117[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %126 = llvm.mul %124, %125 : i64
    %127 = llvm.mlir.zero : !llvm.ptr
    %128 = llvm.getelementptr %127[1] : (!llvm.ptr) -> !llvm.ptr, f32
    %129 = llvm.ptrtoint %128 : !llvm.ptr to i64
    %130 = llvm.mul %126, %129 : i64
    %131 = llvm.extractvalue %117[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %132 = llvm.extractvalue %117[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %133 = llvm.getelementptr %131[%132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %134 = llvm.extractvalue %67[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %135 = llvm.extractvalue %67[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %136 = llvm.getelementptr %134[%135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    "llvm.intr.memcpy"(%136, %133, %130) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    llvm.br ^bb15
  ^bb2:  // pred: ^bb0
    %137 = llvm.mul %31, %23 overflow<nsw> : i64
    %138 = llvm.mul %32, %22 overflow<nsw> : i64
    %139 = llvm.add %137, %138 overflow<nsw> : i64
    %140 = llvm.mul %34, %28 overflow<nsw> : i64
    %141 = llvm.add %139, %140 overflow<nsw> : i64
    %142 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %143 = llvm.extractvalue %21[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %144 = llvm.extractvalue %21[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %145 = llvm.insertvalue %143, %142[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %146 = llvm.insertvalue %144, %145[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %147 = llvm.insertvalue %141, %146[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %148 = llvm.insertvalue %36, %147[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %149 = llvm.mlir.constant(4096 : index) : i64
    %150 = llvm.insertvalue %149, %148[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %151 = llvm.insertvalue %38, %150[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %152 = llvm.mlir.constant(1024 : index) : i64
    %153 = llvm.insertvalue %152, %151[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %154 = llvm.insertvalue %40, %153[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %155 = llvm.mlir.constant(16 : index) : i64
    %156 = llvm.insertvalue %155, %154[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %157 = llvm.mlir.constant(16 : index) : i64
    %158 = llvm.insertvalue %157, %156[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %159 = llvm.mlir.constant(1 : index) : i64
    %160 = llvm.insertvalue %159, %158[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %161 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %162 = llvm.extractvalue %89[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %163 = llvm.extractvalue %89[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %164 = llvm.insertvalue %162, %161[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %165 = llvm.insertvalue %163, %164[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %166 = llvm.mlir.constant(0 : index) : i64
    %167 = llvm.insertvalue %166, %165[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %168 = llvm.insertvalue %36, %167[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %169 = llvm.mlir.constant(16 : index) : i64
    %170 = llvm.insertvalue %169, %168[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %171 = llvm.insertvalue %38, %170[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %172 = llvm.mlir.constant(16 : index) : i64
    %173 = llvm.insertvalue %172, %171[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %174 = llvm.insertvalue %40, %173[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %175 = llvm.mlir.constant(16 : index) : i64
    %176 = llvm.insertvalue %175, %174[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %177 = llvm.mlir.constant(16 : index) : i64
    %178 = llvm.insertvalue %177, %176[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %179 = llvm.mlir.constant(1 : index) : i64
    %180 = llvm.insertvalue %179, %178[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    llvm.br ^bb3(%24 : i64)
  ^bb3(%181: i64):  // 2 preds: ^bb2, ^bb13
    %182 = llvm.icmp "slt" %181, %36 : i64
    llvm.cond_br %182, ^bb4, ^bb14
  ^bb4:  // pred: ^bb3
    llvm.br ^bb5(%24 : i64)
  ^bb5(%183: i64):  // 2 preds: ^bb4, ^bb12
    %184 = llvm.icmp "slt" %183, %38 : i64
    llvm.cond_br %184, ^bb6, ^bb13
  ^bb6:  // pred: ^bb5
    llvm.br ^bb7(%24 : i64)
  ^bb7(%185: i64):  // 2 preds: ^bb6, ^bb11
    %186 = llvm.icmp "slt" %185, %40 : i64
    llvm.cond_br %186, ^bb8, ^bb12
  ^bb8:  // pred: ^bb7
    llvm.br ^bb9(%24 : i64)
  ^bb9(%187: i64):  // 2 preds: ^bb8, ^bb10
    %188 = llvm.icmp "slt" %187, %28 : i64
    llvm.cond_br %188, ^bb10, ^bb11
  ^bb10:  // pred: ^bb9
    %189 = llvm.extractvalue %160[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %190 = llvm.extractvalue %160[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %191 = llvm.getelementptr %189[%190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %192 = llvm.mlir.constant(4096 : index) : i64
    %193 = llvm.mul %181, %192 overflow<nsw, nuw> : i64
    %194 = llvm.mlir.constant(1024 : index) : i64
    %195 = llvm.mul %183, %194 overflow<nsw, nuw> : i64
    %196 = llvm.add %193, %195 overflow<nsw, nuw> : i64
    %197 = llvm.mlir.constant(16 : index) : i64
    %198 = llvm.mul %185, %197 overflow<nsw, nuw> : i64
    %199 = llvm.add %196, %198 overflow<nsw, nuw> : i64
    %200 = llvm.add %199, %187 overflow<nsw, nuw> : i64
    %201 = llvm.getelementptr inbounds|nuw %191[%200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %202 = llvm.load %201 : !llvm.ptr -> f32
    %203 = llvm.extractvalue %180[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %204 = llvm.mlir.constant(16 : index) : i64
    %205 = llvm.mul %181, %204 overflow<nsw, nuw> : i64
    %206 = llvm.mlir.constant(16 : index) : i64
    %207 = llvm.mul %183, %206 overflow<nsw, nuw> : i64
    %208 = llvm.add %205, %207 overflow<nsw, nuw> : i64
    %209 = llvm.mlir.constant(16 : index) : i64
    %210 = llvm.mul %185, %209 overflow<nsw, nuw> : i64
    %211 = llvm.add %208, %210 overflow<nsw, nuw> : i64
    %212 = llvm.add %211, %187 overflow<nsw, nuw> : i64
    %213 = llvm.getelementptr inbounds|nuw %203[%212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %202, %213 : f32, !llvm.ptr
    %214 = llvm.add %187, %29 : i64
    llvm.br ^bb9(%214 : i64)
  ^bb11:  // pred: ^bb9
    %215 = llvm.add %185, %29 : i64
    llvm.br ^bb7(%215 : i64)
  ^bb12:  // pred: ^bb7
    %216 = llvm.add %183, %29 : i64
    llvm.br ^bb5(%216 : i64)
  ^bb13:  // pred: ^bb5
    %217 = llvm.add %181, %29 : i64
    llvm.br ^bb3(%217 : i64)
  ^bb14:  // pred: ^bb3
    llvm.br ^bb15
  ^bb15:  // 2 preds: ^bb1, ^bb14
    %218 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %219 = llvm.extractvalue %90[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %220 = llvm.extractvalue %90[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %221 = llvm.insertvalue %219, %218[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %222 = llvm.insertvalue %220, %221[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %223 = llvm.mlir.constant(0 : index) : i64
    %224 = llvm.insertvalue %223, %222[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %225 = llvm.mlir.constant(1 : index) : i64
    %226 = llvm.insertvalue %225, %224[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %227 = llvm.mlir.constant(16 : index) : i64
    %228 = llvm.insertvalue %227, %226[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %229 = llvm.mlir.constant(1 : index) : i64
    %230 = llvm.insertvalue %229, %228[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %231 = llvm.mlir.constant(16 : index) : i64
    %232 = llvm.insertvalue %231, %230[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %233 = llvm.mlir.constant(16 : index) : i64
    %234 = llvm.insertvalue %233, %232[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %235 = llvm.mlir.constant(1 : index) : i64
    %236 = llvm.insertvalue %235, %234[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %237 = llvm.mul %32, %28 overflow<nsw> : i64
    %238 = llvm.sub %25, %237 : i64
    %239 = llvm.intr.smin(%238, %28) {xla.range = [-9223372036854775808 : index, 16 : index]} : (i64, i64) -> i64
    %240 = llvm.and %41, %44 : i1
    %241 = llvm.icmp "eq" %239, %28 : i64
    %242 = llvm.and %240, %241 : i1
    llvm.cond_br %242, ^bb16, ^bb17
  ^bb16:  // pred: ^bb15
    %243 = llvm.mul %31, %23 overflow<nsw> : i64
    %244 = llvm.mul %34, %25 overflow<nsw> : i64
    %245 = llvm.add %243, %244 overflow<nsw> : i64
    %246 = llvm.add %245, %237 overflow<nsw> : i64
    %247 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %248 = llvm.extractvalue %9[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %249 = llvm.extractvalue %9[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %250 = llvm.insertvalue %248, %247[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %251 = llvm.insertvalue %249, %250[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %252 = llvm.insertvalue %246, %251[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %253 = llvm.mlir.constant(1 : index) : i64
    %254 = llvm.insertvalue %253, %252[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %255 = llvm.mlir.constant(4096 : index) : i64
    %256 = llvm.insertvalue %255, %254[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %257 = llvm.mlir.constant(1 : index) : i64
    %258 = llvm.insertvalue %257, %256[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %259 = llvm.mlir.constant(64 : index) : i64
    %260 = llvm.insertvalue %259, %258[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %261 = llvm.mlir.constant(16 : index) : i64
    %262 = llvm.insertvalue %261, %260[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %263 = llvm.mlir.constant(1 : index) : i64
    %264 = llvm.insertvalue %263, %262[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %265 = llvm.mlir.constant(1 : index) : i64
    %266 = llvm.extractvalue %236[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %267 = llvm.mul %265, %266 : i64
    %268 = llvm.extractvalue %236[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %269 = llvm.mul %267, %268 : i64
    %270 = llvm.extractvalue %236[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %271 = llvm.mul %269, %270 : i64
    %272 = llvm.mlir.zero : !llvm.ptr
    %273 = llvm.getelementptr %272[1] : (!llvm.ptr) -> !llvm.ptr, f32
    %274 = llvm.ptrtoint %273 : !llvm.ptr to i64
    %275 = llvm.mul %271, %274 : i64
    %276 = llvm.extractvalue %236[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %277 = llvm.extractvalue %236[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %278 = llvm.getelementptr %276[%277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %279 = llvm.extractvalue %264[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %280 = llvm.extractvalue %264[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %281 = llvm.getelementptr %279[%280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    "llvm.intr.memcpy"(%281, %278, %275) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    llvm.br ^bb27
  ^bb17:  // pred: ^bb15
    %282 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %283 = llvm.extractvalue %90[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %284 = llvm.extractvalue %90[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %285 = llvm.insertvalue %283, %282[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %286 = llvm.insertvalue %284, %285[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %287 = llvm.mlir.constant(0 : index) : i64
    %288 = llvm.insertvalue %287, %286[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %289 = llvm.insertvalue %36, %288[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %290 = llvm.mlir.constant(16 : index) : i64
    %291 = llvm.insertvalue %290, %289[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %292 = llvm.insertvalue %40, %291[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %293 = llvm.mlir.constant(16 : index) : i64
    %294 = llvm.insertvalue %293, %292[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %295 = llvm.insertvalue %239, %294[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %296 = llvm.mlir.constant(1 : index) : i64
    %297 = llvm.insertvalue %296, %295[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %298 = llvm.mul %31, %23 overflow<nsw> : i64
    %299 = llvm.mul %34, %25 overflow<nsw> : i64
    %300 = llvm.add %298, %299 overflow<nsw> : i64
    %301 = llvm.add %300, %237 overflow<nsw> : i64
    %302 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %303 = llvm.extractvalue %9[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %304 = llvm.extractvalue %9[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %305 = llvm.insertvalue %303, %302[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %306 = llvm.insertvalue %304, %305[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %307 = llvm.insertvalue %301, %306[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %308 = llvm.insertvalue %36, %307[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %309 = llvm.mlir.constant(4096 : index) : i64
    %310 = llvm.insertvalue %309, %308[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %311 = llvm.insertvalue %40, %310[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %312 = llvm.mlir.constant(64 : index) : i64
    %313 = llvm.insertvalue %312, %311[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %314 = llvm.insertvalue %239, %313[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %315 = llvm.mlir.constant(1 : index) : i64
    %316 = llvm.insertvalue %315, %314[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    llvm.br ^bb18(%24 : i64)
  ^bb18(%317: i64):  // 2 preds: ^bb17, ^bb25
    %318 = llvm.icmp "slt" %317, %36 : i64
    llvm.cond_br %318, ^bb19, ^bb26
  ^bb19:  // pred: ^bb18
    llvm.br ^bb20(%24 : i64)
  ^bb20(%319: i64):  // 2 preds: ^bb19, ^bb24
    %320 = llvm.icmp "slt" %319, %40 : i64
    llvm.cond_br %320, ^bb21, ^bb25
  ^bb21:  // pred: ^bb20
    llvm.br ^bb22(%24 : i64)
  ^bb22(%321: i64):  // 2 preds: ^bb21, ^bb23
    %322 = llvm.icmp "slt" %321, %239 : i64
    llvm.cond_br %322, ^bb23, ^bb24
  ^bb23:  // pred: ^bb22
    %323 = llvm.extractvalue %297[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %324 = llvm.mlir.constant(16 : index) : i64
    %325 = llvm.mul %317, %324 overflow<nsw, nuw> : i64
    %326 = llvm.mlir.constant(16 : index) : i64
    %327 = llvm.mul %319, %326 overflow<nsw, nuw> : i64
    %328 = llvm.add %325, %327 overflow<nsw, nuw> : i64
    %329 = llvm.add %328, %321 overflow<nsw, nuw> : i64
    %330 = llvm.getelementptr inbounds|nuw %323[%329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %331 = llvm.load %330 : !llvm.ptr -> f32
    %332 = llvm.extractvalue %316[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %333 = llvm.extractvalue %316[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %334 = llvm.getelementptr %332[%333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %335 = llvm.mlir.constant(4096 : index) : i64
    %336 = llvm.mul %317, %335 overflow<nsw, nuw> : i64
    %337 = llvm.mlir.constant(64 : index) : i64
    %338 = llvm.mul %319, %337 overflow<nsw, nuw> : i64
    %339 = llvm.add %336, %338 overflow<nsw, nuw> : i64
    %340 = llvm.add %339, %321 overflow<nsw, nuw> : i64
    %341 = llvm.getelementptr inbounds|nuw %334[%340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %331, %341 : f32, !llvm.ptr
    %342 = llvm.add %321, %29 : i64
    llvm.br ^bb22(%342 : i64)
  ^bb24:  // pred: ^bb22
    %343 = llvm.add %319, %29 : i64
    llvm.br ^bb20(%343 : i64)
  ^bb25:  // pred: ^bb20
    %344 = llvm.add %317, %29 : i64
    llvm.br ^bb18(%344 : i64)
  ^bb26:  // pred: ^bb18
    llvm.br ^bb27
  ^bb27:  // 2 preds: ^bb16, ^bb26
    llvm.return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  llvm.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(1024 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(4096 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %11 = llvm.mlir.constant(512 : index) : i64
    %12 = llvm.mlir.constant(0 : index) : i64
    %13 = llvm.mlir.constant(1 : index) : i64
    %14 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> !llvm.ptr
    %16 = llvm.getelementptr inbounds %15[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> !llvm.ptr
    %18 = llvm.insertvalue %17, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %17, %18[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %9, %19[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %8, %20[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %7, %21[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %6, %22[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %5, %23[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %4, %24[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = llvm.insertvalue %3, %25[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %27 = llvm.insertvalue %3, %26[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %28 = llvm.insertvalue %2, %27[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %29 = llvm.getelementptr inbounds %15[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> !llvm.ptr
    %31 = llvm.insertvalue %30, %1[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %33 = llvm.insertvalue %9, %32[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %34 = llvm.insertvalue %8, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %35 = llvm.insertvalue %7, %34[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %36 = llvm.insertvalue %4, %35[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %37 = llvm.insertvalue %4, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %38 = llvm.insertvalue %4, %37[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %39 = llvm.insertvalue %2, %38[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %40 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %41 = llvm.load %40 : !llvm.ptr -> !llvm.ptr
    %42 = llvm.getelementptr inbounds %41[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %43 = llvm.load %42 invariant : !llvm.ptr -> i64
    %44 = llvm.intr.smax(%43, %12) {xla.range = [0 : index, 9223372036854775807 : index]} : (i64, i64) -> i64
    %45 = llvm.mul %44, %11 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : i64
    %46 = llvm.intr.smin(%45, %11) {xla.range = [0 : index, 512 : index]} : (i64, i64) -> i64
    llvm.br ^bb1(%46 : i64)
  ^bb1(%47: i64):  // 2 preds: ^bb0, ^bb2
    %48 = llvm.icmp "slt" %47, %11 : i64
    llvm.cond_br %48, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %49 = llvm.extractvalue %28[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %50 = llvm.extractvalue %28[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %51 = llvm.extractvalue %28[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %52 = llvm.extractvalue %28[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %53 = llvm.extractvalue %28[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %54 = llvm.extractvalue %28[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %55 = llvm.extractvalue %28[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %56 = llvm.extractvalue %28[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %57 = llvm.extractvalue %28[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %58 = llvm.extractvalue %28[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %59 = llvm.extractvalue %28[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %60 = llvm.extractvalue %39[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %61 = llvm.extractvalue %39[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %62 = llvm.extractvalue %39[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %63 = llvm.extractvalue %39[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %64 = llvm.extractvalue %39[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %65 = llvm.extractvalue %39[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %66 = llvm.extractvalue %39[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %67 = llvm.extractvalue %39[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %68 = llvm.extractvalue %39[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    llvm.call @copy_bitcast_fusion_impl(%49, %50, %51, %52, %53, %54, %55, %56, %57, %58, %59, %60, %61, %62, %63, %64, %65, %66, %67, %68, %47) : (!llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, i64, i64, i64, i64, !llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, i64, i64, i64) -> ()
    %69 = llvm.add %47, %13 : i64
    llvm.br ^bb1(%69 : i64)
  ^bb3:  // pred: ^bb1
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @copy_bitcast_fusion_impl(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64, %arg11: !llvm.ptr, %arg12: !llvm.ptr, %arg13: i64, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: i64) attributes {always_inline, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %0 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %1 = llvm.insertvalue %arg11, %0[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %2 = llvm.insertvalue %arg12, %1[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %3 = llvm.insertvalue %arg13, %2[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %4 = llvm.insertvalue %arg14, %3[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %5 = llvm.insertvalue %arg17, %4[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %6 = llvm.insertvalue %arg15, %5[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %7 = llvm.insertvalue %arg18, %6[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %8 = llvm.insertvalue %arg16, %7[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %9 = llvm.insertvalue %arg19, %8[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %11 = llvm.insertvalue %arg0, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %12 = llvm.insertvalue %arg1, %11[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %13 = llvm.insertvalue %arg2, %12[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %14 = llvm.insertvalue %arg3, %13[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %15 = llvm.insertvalue %arg7, %14[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %arg4, %15[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %arg8, %16[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %arg5, %17[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %arg9, %18[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %arg6, %19[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %arg10, %20[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.mlir.constant(1024 : index) : i64
    %23 = llvm.mlir.constant(4096 : index) : i64
    %24 = llvm.mlir.constant(0 : index) : i64
    %25 = llvm.mlir.constant(64 : index) : i64
    %26 = llvm.mlir.constant(4 : index) : i64
    %27 = llvm.mlir.constant(2 : index) : i64
    %28 = llvm.mlir.constant(16 : index) : i64
    %29 = llvm.mlir.constant(1 : index) : i64
    %30 = llvm.mlir.constant(256 : index) : i64
    %31 = llvm.udiv %arg20, %30 : i64
    %32 = llvm.urem %arg20, %26 : i64
    %33 = llvm.udiv %arg20, %26 : i64
    %34 = llvm.urem %33, %25 : i64
    %35 = llvm.sub %27, %31 : i64
    %36 = llvm.intr.smin(%35, %29) {xla.range = [-9223372036854775808 : index, 1 : index]} : (i64, i64) -> i64
    %37 = llvm.sub %26, %32 : i64
    %38 = llvm.intr.smin(%37, %29) {xla.range = [-9223372036854775808 : index, 1 : index]} : (i64, i64) -> i64
    %39 = llvm.sub %25, %34 : i64
    %40 = llvm.intr.smin(%39, %29) {xla.range = [-9223372036854775808 : index, 1 : index]} : (i64, i64) -> i64
    %41 = llvm.icmp "eq" %36, %29 : i64
    %42 = llvm.icmp "eq" %38, %29 : i64
    %43 = llvm.and %41, %42 : i1
    %44 = llvm.icmp "eq" %40, %29 : i64
    %45 = llvm.and %43, %44 : i1
    %46 = llvm.mlir.constant(1 : index) : i64
    %47 = llvm.mlir.constant(1 : index) : i64
    %48 = llvm.mlir.constant(1 : index) : i64
    %49 = llvm.mlir.constant(16 : index) : i64
    %50 = llvm.mlir.constant(1 : index) : i64
    %51 = llvm.mlir.constant(16 : index) : i64
    %52 = llvm.mlir.constant(16 : index) : i64
    %53 = llvm.mlir.constant(16 : index) : i64
    %54 = llvm.alloca %53 x f32 : (i64) -> !llvm.ptr
    %55 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %56 = llvm.insertvalue %54, %55[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %57 = llvm.insertvalue %54, %56[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %58 = llvm.mlir.constant(0 : index) : i64
    %59 = llvm.insertvalue %58, %57[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %60 = llvm.insertvalue %46, %59[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %61 = llvm.insertvalue %47, %60[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %62 = llvm.insertvalue %48, %61[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %63 = llvm.insertvalue %49, %62[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %64 = llvm.insertvalue %52, %63[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %65 = llvm.insertvalue %51, %64[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %66 = llvm.insertvalue %49, %65[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %67 = llvm.insertvalue %50, %66[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %68 = llvm.mlir.constant(1 : index) : i64
    %69 = llvm.mlir.constant(1 : index) : i64
    %70 = llvm.mlir.constant(1 : index) : i64
    %71 = llvm.mlir.constant(16 : index) : i64
    %72 = llvm.mlir.constant(1 : index) : i64
    %73 = llvm.mlir.constant(16 : index) : i64
    %74 = llvm.mlir.constant(16 : index) : i64
    %75 = llvm.mlir.constant(16 : index) : i64
    %76 = llvm.alloca %75 x f32 : (i64) -> !llvm.ptr
    %77 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %78 = llvm.insertvalue %76, %77[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %79 = llvm.insertvalue %76, %78[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %80 = llvm.mlir.constant(0 : index) : i64
    %81 = llvm.insertvalue %80, %79[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %82 = llvm.insertvalue %68, %81[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %83 = llvm.insertvalue %69, %82[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %84 = llvm.insertvalue %70, %83[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %85 = llvm.insertvalue %71, %84[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %86 = llvm.insertvalue %74, %85[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %87 = llvm.insertvalue %73, %86[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %88 = llvm.insertvalue %71, %87[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %89 = llvm.insertvalue %72, %88[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %90 = llvm.select %45, %67, %89 : i1, !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    llvm.cond_br %45, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    %91 = llvm.mul %31, %23 overflow<nsw> : i64
    %92 = llvm.mul %32, %22 overflow<nsw> : i64
    %93 = llvm.add %91, %92 overflow<nsw> : i64
    %94 = llvm.mul %34, %28 overflow<nsw> : i64
    %95 = llvm.add %93, %94 overflow<nsw> : i64
    %96 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %97 = llvm.extractvalue %21[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %98 = llvm.extractvalue %21[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %99 = llvm.insertvalue %97, %96[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %100 = llvm.insertvalue %98, %99[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %101 = llvm.insertvalue %95, %100[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %102 = llvm.mlir.constant(1 : index) : i64
    %103 = llvm.insertvalue %102, %101[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %104 = llvm.mlir.constant(4096 : index) : i64
    %105 = llvm.insertvalue %104, %103[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %106 = llvm.mlir.constant(1 : index) : i64
    %107 = llvm.insertvalue %106, %105[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %108 = llvm.mlir.constant(1024 : index) : i64
    %109 = llvm.insertvalue %108, %107[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %110 = llvm.mlir.constant(1 : index) : i64
    %111 = llvm.insertvalue %110, %109[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %112 = llvm.mlir.constant(16 : index) : i64
    %113 = llvm.insertvalue %112, %111[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %114 = llvm.mlir.constant(16 : index) : i64
    %115 = llvm.insertvalue %114, %113[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %116 = llvm.mlir.constant(1 : index) : i64
    %117 = llvm.insertvalue %116, %115[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %118 = llvm.mlir.constant(1 : index) : i64
    %119 = llvm.extractvalue %117[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %120 = llvm.mul %118, %119 : i64
    %121 = llvm.extractvalue %117[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %122 = llvm.mul %120, %121 : i64
    %123 = llvm.extractvalue %117[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %124 = llvm.mul %122, %123 : i64
    %125 = llvm.extractvalue %117[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %126 = llvm.mul %124, %125 : i64
    %127 = llvm.mlir.zero : !llvm.ptr
    %128 = llvm.getelementptr %127[1] : (!llvm.ptr) -> !llvm.ptr, f32
    %129 = llvm.ptrtoint %128 : !llvm.ptr to i64
    %130 = llvm.mul %126, %129 : i64
    %131 = llvm.extractvalue %117[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %132 = llvm.extractvalue %117[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %133 = llvm.getelementptr %131[%132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %134 = llvm.extractvalue %67[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %135 = llvm.extractvalue %67[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %136 = llvm.getelementptr %134[%135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    "llvm.intr.memcpy"(%136, %133, %130) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    llvm.br ^bb15
  ^bb2:  // pred: ^bb0
    %137 = llvm.mul %31, %23 overflow<nsw> : i64
    %138 = llvm.mul %32, %22 overflow<nsw> : i64
    %139 = llvm.add %137, %138 overflow<nsw> : i64
    %140 = llvm.mul %34, %28 overflow<nsw> : i64
    %141 = llvm.add %139, %140 overflow<nsw> : i64
    %142 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %143 = llvm.extractvalue %21[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %144 = llvm.extractvalue %21[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %145 = llvm.insertvalue %143, %142[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %146 = llvm.insertvalue %144, %145[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %147 = llvm.insertvalue %141, %146[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %148 = llvm.insertvalue %36, %147[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %149 = llvm.mlir.constant(4096 : index) : i64
    %150 = llvm.insertvalue %149, %148[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %151 = llvm.insertvalue %38, %150[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %152 = llvm.mlir.constant(1024 : index) : i64
    %153 = llvm.insertvalue %152, %151[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %154 = llvm.insertvalue %40, %153[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %155 = llvm.mlir.constant(16 : index) : i64
    %156 = llvm.insertvalue %155, %154[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %157 = llvm.mlir.constant(16 : index) : i64
    %158 = llvm.insertvalue %157, %156[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %159 = llvm.mlir.constant(1 : index) : i64
    %160 = llvm.insertvalue %159, %158[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %161 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %162 = llvm.extractvalue %89[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %163 = llvm.extractvalue %89[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %164 = llvm.insertvalue %162, %161[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %165 = llvm.insertvalue %163, %164[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %166 = llvm.mlir.constant(0 : index) : i64
    %167 = llvm.insertvalue %166, %165[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %168 = llvm.insertvalue %36, %167[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %169 = llvm.mlir.constant(16 : index) : i64
    %170 = llvm.insertvalue %169, %168[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %171 = llvm.insertvalue %38, %170[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %172 = llvm.mlir.constant(16 : index) : i64
    %173 = llvm.insertvalue %172, %171[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %174 = llvm.insertvalue %40, %173[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %175 = llvm.mlir.constant(16 : index) : i64
    %176 = llvm.insertvalue %175, %174[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %177 = llvm.mlir.constant(16 : index) : i64
    %178 = llvm.insertvalue %177, %176[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %179 = llvm.mlir.constant(1 : index) : i64
    %180 = llvm.insertvalue %179, %178[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    llvm.br ^bb3(%24 : i64)
  ^bb3(%181: i64):  // 2 preds: ^bb2, ^bb13
    %182 = llvm.icmp "slt" %181, %36 : i64
    llvm.cond_br %182, ^bb4, ^bb14
  ^bb4:  // pred: ^bb3
    llvm.br ^bb5(%24 : i64)
  ^bb5(%183: i64):  // 2 preds: ^bb4, ^bb12
    %184 = llvm.icmp "slt" %183, %38 : i64
    llvm.cond_br %184, ^bb6, ^bb13
  ^bb6:  // pred: ^bb5
    llvm.br ^bb7(%24 : i64)
  ^bb7(%185: i64):  // 2 preds: ^bb6, ^bb11
    %186 = llvm.icmp "slt" %185, %40 : i64
    llvm.cond_br %186, ^bb8, ^bb12
  ^bb8:  // pred: ^bb7
    llvm.br ^bb9(%24 : i64)
  ^bb9(%187: i64):  // 2 preds: ^bb8, ^bb10
    %188 = llvm.icmp "slt" %187, %28 : i64
    llvm.cond_br %188, ^bb10, ^bb11
  ^bb10:  // pred: ^bb9
    %189 = llvm.extractvalue %160[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %190 = llvm.extractvalue %160[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %191 = llvm.getelementptr %189[%190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %192 = llvm.mlir.constant(4096 : index) : i64
    %193 = llvm.mul %181, %192 overflow<nsw, nuw> : i64
    %194 = llvm.mlir.constant(1024 : index) : i64
    %195 = llvm.mul %183, %194 overflow<nsw, nuw> : i64
    %196 = llvm.add %193, %195 overflow<nsw, nuw> : i64
    %197 = llvm.mlir.constant(16 : index) : i64
    %198 = llvm.mul %185, %197 overflow<nsw, nuw> : i64
    %199 = llvm.add %196, %198 overflow<nsw, nuw> : i64
    %200 = llvm.add %199, %187 overflow<nsw, nuw> : i64
    %201 = llvm.getelementptr inbounds|nuw %191[%200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %202 = llvm.load %201 : !llvm.ptr -> f32
    %203 = llvm.extractvalue %180[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %204 = llvm.mlir.constant(16 : index) : i64
    %205 = llvm.mul %181, %204 overflow<nsw, nuw> : i64
    %206 = llvm.mlir.constant(16 : index) : i64
    %207 = llvm.mul %183, %206 overflow<nsw, nuw> : i64
    %208 = llvm.add %205, %207 overflow<nsw, nuw> : i64
    %209 = llvm.mlir.constant(16 : index) : i64
    %210 = llvm.mul %185, %209 overflow<nsw, nuw> : i64
    %211 = llvm.add %208, %210 overflow<nsw, nuw> : i64
    %212 = llvm.add %211, %187 overflow<nsw, nuw> : i64
    %213 = llvm.getelementptr inbounds|nuw %203[%212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %202, %213 : f32, !llvm.ptr
    %214 = llvm.add %187, %29 : i64
    llvm.br ^bb9(%214 : i64)
  ^bb11:  // pred: ^bb9
    %215 = llvm.add %185, %29 : i64
    llvm.br ^bb7(%215 : i64)
  ^bb12:  // pred: ^bb7
    %216 = llvm.add %183, %29 : i64
    llvm.br ^bb5(%216 : i64)
  ^bb13:  // pred: ^bb5
    %217 = llvm.add %181, %29 : i64
    llvm.br ^bb3(%217 : i64)
  ^bb14:  // pred: ^bb3
    llvm.br ^bb15
  ^bb15:  // 2 preds: ^bb1, ^bb14
    %218 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %219 = llvm.extractvalue %90[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %220 = llvm.extractvalue %90[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %221 = llvm.insertvalue %219, %218[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %222 = llvm.insertvalue %220, %221[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %223 = llvm.mlir.constant(0 : index) : i64
    %224 = llvm.insertvalue %223, %222[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %225 = llvm.mlir.constant(1 : index) : i64
    %226 = llvm.insertvalue %225, %224[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %227 = llvm.mlir.constant(16 : index) : i64
    %228 = llvm.insertvalue %227, %226[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %229 = llvm.mlir.constant(1 : index) : i64
    %230 = llvm.insertvalue %229, %228[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %231 = llvm.mlir.constant(16 : index) : i64
    %232 = llvm.insertvalue %231, %230[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %233 = llvm.mlir.constant(16 : index) : i64
    %234 = llvm.insertvalue %233, %232[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %235 = llvm.mlir.constant(1 : index) : i64
    %236 = llvm.insertvalue %235, %234[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %237 = llvm.mul %32, %28 overflow<nsw> : i64
    %238 = llvm.sub %25, %237 : i64
    %239 = llvm.intr.smin(%238, %28) {xla.range = [-9223372036854775808 : index, 16 : index]} : (i64, i64) -> i64
    %240 = llvm.and %41, %44 : i1
    %241 = llvm.icmp "eq" %239, %28 : i64
    %242 = llvm.and %240, %241 : i1
    llvm.cond_br %242, ^bb16, ^bb17
  ^bb16:  // pred: ^bb15
    %243 = llvm.mul %31, %23 overflow<nsw> : i64
    %244 = llvm.mul %34, %25 overflow<nsw> : i64
    %245 = llvm.add %243, %244 overflow<nsw> : i64
    %246 = llvm.add %245, %237 overflow<nsw> : i64
    %247 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %248 = llvm.extractvalue %9[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %249 = llvm.extractvalue %9[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %250 = llvm.insertvalue %248, %247[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %251 = llvm.insertvalue %249, %250[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %252 = llvm.insertvalue %246, %251[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %253 = llvm.mlir.constant(1 : index) : i64
    %254 = llvm.insertvalue %253, %252[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %255 = llvm.mlir.constant(4096 : index) : i64
    %256 = llvm.insertvalue %255, %254[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %257 = llvm.mlir.constant(1 : index) : i64
    %258 = llvm.insertvalue %257, %256[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %259 = llvm.mlir.constant(64 : index) : i64
    %260 = llvm.insertvalue %259, %258[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %261 = llvm.mlir.constant(16 : index) : i64
    %262 = llvm.insertvalue %261, %260[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %263 = llvm.mlir.constant(1 : index) : i64
    %264 = llvm.insertvalue %263, %262[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %265 = llvm.mlir.constant(1 : index) : i64
    %266 = llvm.extractvalue %236[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %267 = llvm.mul %265, %266 : i64
    %268 = llvm.extractvalue %236[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %269 = llvm.mul %267, %268 : i64
    %270 = llvm.extractvalue %236[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %271 = llvm.mul %269, %270 : i64
    %272 = llvm.mlir.zero : !llvm.ptr
    %273 = llvm.getelementptr %272[1] : (!llvm.ptr) -> !llvm.ptr, f32
    %274 = llvm.ptrtoint %273 : !llvm.ptr to i64
    %275 = llvm.mul %271, %274 : i64
    %276 = llvm.extractvalue %236[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %277 = llvm.extractvalue %236[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %278 = llvm.getelementptr %276[%277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %279 = llvm.extractvalue %264[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %280 = llvm.extractvalue %264[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %281 = llvm.getelementptr %279[%280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    "llvm.intr.memcpy"(%281, %278, %275) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    llvm.br ^bb27
  ^bb17:  // pred: ^bb15
    %282 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %283 = llvm.extractvalue %90[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %284 = llvm.extractvalue %90[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %285 = llvm.insertvalue %283, %282[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %286 = llvm.insertvalue %284, %285[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %287 = llvm.mlir.constant(0 : index) : i64
    %288 = llvm.insertvalue %287, %286[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %289 = llvm.insertvalue %36, %288[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %290 = llvm.mlir.constant(16 : index) : i64
    %291 = llvm.insertvalue %290, %289[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %292 = llvm.insertvalue %40, %291[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %293 = llvm.mlir.constant(16 : index) : i64
    %294 = llvm.insertvalue %293, %292[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %295 = llvm.insertvalue %239, %294[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %296 = llvm.mlir.constant(1 : index) : i64
    %297 = llvm.insertvalue %296, %295[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %298 = llvm.mul %31, %23 overflow<nsw> : i64
    %299 = llvm.mul %34, %25 overflow<nsw> : i64
    %300 = llvm.add %298, %299 overflow<nsw> : i64
    %301 = llvm.add %300, %237 overflow<nsw> : i64
    %302 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %303 = llvm.extractvalue %9[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %304 = llvm.extractvalue %9[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %305 = llvm.insertvalue %303, %302[0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %306 = llvm.insertvalue %304, %305[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %307 = llvm.insertvalue %301, %306[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %308 = llvm.insertvalue %36, %307[3, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %309 = llvm.mlir.constant(4096 : index) : i64
    %310 = llvm.insertvalue %309, %308[4, 0] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %311 = llvm.insertvalue %40, %310[3, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %312 = llvm.mlir.constant(64 : index) : i64
    %313 = llvm.insertvalue %312, %311[4, 1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %314 = llvm.insertvalue %239, %313[3, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %315 = llvm.mlir.constant(1 : index) : i64
    %316 = llvm.insertvalue %315, %314[4, 2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    llvm.br ^bb18(%24 : i64)
  ^bb18(%317: i64):  // 2 preds: ^bb17, ^bb25
    %318 = llvm.icmp "slt" %317, %36 : i64
    llvm.cond_br %318, ^bb19, ^bb26
  ^bb19:  // pred: ^bb18
    llvm.br ^bb20(%24 : i64)
  ^bb20(%319: i64):  // 2 preds: ^bb19, ^bb24
    %320 = llvm.icmp "slt" %319, %40 : i64
    llvm.cond_br %320, ^bb21, ^bb25
  ^bb21:  // pred: ^bb20
    llvm.br ^bb22(%24 : i64)
  ^bb22(%321: i64):  // 2 preds: ^bb21, ^bb23
    %322 = llvm.icmp "slt" %321, %239 : i64
    llvm.cond_br %322, ^bb23, ^bb24
  ^bb23:  // pred: ^bb22
    %323 = llvm.extractvalue %297[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %324 = llvm.mlir.constant(16 : index) : i64
    %325 = llvm.mul %317, %324 overflow<nsw, nuw> : i64
    %326 = llvm.mlir.constant(16 : index) : i64
    %327 = llvm.mul %319, %326 overflow<nsw, nuw> : i64
    %328 = llvm.add %325, %327 overflow<nsw, nuw> : i64
    %329 = llvm.add %328, %321 overflow<nsw, nuw> : i64
    %330 = llvm.getelementptr inbounds|nuw %323[%329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %331 = llvm.load %330 : !llvm.ptr -> f32
    %332 = llvm.extractvalue %316[1] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %333 = llvm.extractvalue %316[2] : !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> 
    %334 = llvm.getelementptr %332[%333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %335 = llvm.mlir.constant(4096 : index) : i64
    %336 = llvm.mul %317, %335 overflow<nsw, nuw> : i64
    %337 = llvm.mlir.constant(64 : index) : i64
    %338 = llvm.mul %319, %337 overflow<nsw, nuw> : i64
    %339 = llvm.add %336, %338 overflow<nsw, nuw> : i64
    %340 = llvm.add %339, %321 overflow<nsw, nuw> : i64
    %341 = llvm.getelementptr inbounds|nuw %334[%340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %331, %341 : f32, !llvm.ptr
    %342 = llvm.add %321, %29 : i64
    llvm.br ^bb22(%342 : i64)
  ^bb24:  // pred: ^bb22
    %343 = llvm.add %319, %29 : i64
    llvm.br ^bb20(%343 : i64)
  ^bb25:  // pred: ^bb20
    %344 = llvm.add %317, %29 : i64
    llvm.br ^bb18(%344 : i64)
  ^bb26:  // pred: ^bb18
    llvm.br ^bb27
  ^bb27:  // 2 preds: ^bb16, ^bb26
    llvm.return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @__compute_module_copy_bitcast_fusion) //----- //
module @__compute_module_copy_bitcast_fusion attributes {xla.cpu_memory_region_name = "xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"} {
  llvm.func @copy_bitcast_fusion(%arg0: !llvm.ptr) -> !llvm.ptr {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(1 : index) : i64
    %2 = llvm.mlir.constant(16 : index) : i64
    %3 = llvm.mlir.constant(64 : index) : i64
    %4 = llvm.mlir.constant(1024 : index) : i64
    %5 = llvm.mlir.constant(4 : index) : i64
    %6 = llvm.mlir.constant(4096 : index) : i64
    %7 = llvm.mlir.constant(2 : index) : i64
    %8 = llvm.mlir.constant(0 : index) : i64
    %9 = llvm.mlir.constant(512 : index) : i64
    %10 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %11 = llvm.load %10 invariant : !llvm.ptr -> !llvm.ptr
    %12 = llvm.getelementptr inbounds %11[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> !llvm.ptr
    %14 = llvm.getelementptr inbounds %11[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> !llvm.ptr
    %16 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %17 = llvm.load %16 : !llvm.ptr -> !llvm.ptr
    %18 = llvm.getelementptr inbounds %17[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %19 = llvm.load %18 invariant : !llvm.ptr -> i64
    %20 = llvm.intr.smax(%19, %8) {xla.range = [0 : index, 9223372036854775807 : index]} : (i64, i64) -> i64
    %21 = llvm.mul %20, %9 overflow<nsw, nuw> {xla.range = [0 : index, 9223372036854775807 : index]} : i64
    %22 = llvm.intr.smin(%21, %9) {xla.range = [0 : index, 512 : index]} : (i64, i64) -> i64
    llvm.br ^bb1(%22 : i64)
  ^bb1(%23: i64):  // 2 preds: ^bb0, ^bb2
    %24 = llvm.icmp "slt" %23, %9 : i64
    llvm.cond_br %24, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    llvm.call @copy_bitcast_fusion_impl(%13, %13, %8, %7, %5, %3, %2, %6, %4, %2, %1, %15, %15, %8, %7, %3, %3, %6, %3, %1, %23) : (!llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, i64, i64, i64, i64, !llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, i64, i64, i64) -> ()
    %25 = llvm.add %23, %1 : i64
    llvm.br ^bb1(%25 : i64)
  ^bb3:  // pred: ^bb1
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @copy_bitcast_fusion_impl(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64, %arg11: !llvm.ptr, %arg12: !llvm.ptr, %arg13: i64, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: i64) attributes {always_inline, num_opaque_args = 0 : i32, xtile.tiling_info = #xtile.tiling_info<tile_count : 512, tiles_per_workgroup : 512>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.mlir.constant(256 : index) : i64
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(2 : index) : i64
    %5 = llvm.mlir.constant(4 : index) : i64
    %6 = llvm.mlir.constant(64 : index) : i64
    %7 = llvm.mlir.constant(0 : index) : i64
    %8 = llvm.mlir.constant(4096 : index) : i64
    %9 = llvm.mlir.constant(1024 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %11 = llvm.udiv %arg20, %1 : i64
    %12 = llvm.urem %arg20, %5 : i64
    %13 = llvm.udiv %arg20, %5 : i64
    %14 = llvm.urem %13, %6 : i64
    %15 = llvm.sub %4, %11 : i64
    %16 = llvm.intr.smin(%15, %2) {xla.range = [-9223372036854775808 : index, 1 : index]} : (i64, i64) -> i64
    %17 = llvm.sub %5, %12 : i64
    %18 = llvm.intr.smin(%17, %2) {xla.range = [-9223372036854775808 : index, 1 : index]} : (i64, i64) -> i64
    %19 = llvm.sub %6, %14 : i64
    %20 = llvm.intr.smin(%19, %2) {xla.range = [-9223372036854775808 : index, 1 : index]} : (i64, i64) -> i64
    %21 = llvm.icmp "eq" %16, %2 : i64
    %22 = llvm.icmp "eq" %18, %2 : i64
    %23 = llvm.and %21, %22 : i1
    %24 = llvm.icmp "eq" %20, %2 : i64
    %25 = llvm.and %23, %24 : i1
    %26 = llvm.alloca %3 x f32 : (i64) -> !llvm.ptr
    %27 = llvm.insertvalue %26, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %28 = llvm.insertvalue %26, %27[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %29 = llvm.insertvalue %7, %28[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %30 = llvm.insertvalue %2, %29[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %31 = llvm.insertvalue %2, %30[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %32 = llvm.insertvalue %2, %31[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %33 = llvm.insertvalue %3, %32[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %34 = llvm.insertvalue %3, %33[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %35 = llvm.insertvalue %3, %34[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %36 = llvm.insertvalue %3, %35[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %37 = llvm.insertvalue %2, %36[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %38 = llvm.alloca %3 x f32 : (i64) -> !llvm.ptr
    %39 = llvm.insertvalue %38, %10[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %40 = llvm.insertvalue %38, %39[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %41 = llvm.insertvalue %7, %40[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %42 = llvm.insertvalue %2, %41[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %43 = llvm.insertvalue %2, %42[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %44 = llvm.insertvalue %2, %43[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %45 = llvm.insertvalue %3, %44[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %46 = llvm.insertvalue %3, %45[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %47 = llvm.insertvalue %3, %46[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %48 = llvm.insertvalue %3, %47[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %49 = llvm.insertvalue %2, %48[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %50 = llvm.select %25, %37, %49 : i1, !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    llvm.cond_br %25, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    %51 = llvm.mul %11, %8 overflow<nsw> : i64
    %52 = llvm.mul %12, %9 overflow<nsw> : i64
    %53 = llvm.add %51, %52 overflow<nsw> : i64
    %54 = llvm.mul %14, %3 overflow<nsw> : i64
    %55 = llvm.add %53, %54 overflow<nsw> : i64
    %56 = llvm.mul %2, %2 : i64
    %57 = llvm.mul %56, %2 : i64
    %58 = llvm.mul %57, %2 : i64
    %59 = llvm.mul %58, %3 : i64
    %60 = llvm.getelementptr %0[1] : (!llvm.ptr) -> !llvm.ptr, f32
    %61 = llvm.ptrtoint %60 : !llvm.ptr to i64
    %62 = llvm.mul %59, %61 : i64
    %63 = llvm.getelementptr %arg1[%55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    "llvm.intr.memcpy"(%26, %63, %62) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    llvm.br ^bb15
  ^bb2:  // pred: ^bb0
    %64 = llvm.mul %11, %8 overflow<nsw> : i64
    %65 = llvm.mul %12, %9 overflow<nsw> : i64
    %66 = llvm.add %64, %65 overflow<nsw> : i64
    %67 = llvm.mul %14, %3 overflow<nsw> : i64
    %68 = llvm.add %66, %67 overflow<nsw> : i64
    llvm.br ^bb3(%7 : i64)
  ^bb3(%69: i64):  // 2 preds: ^bb2, ^bb13
    %70 = llvm.icmp "slt" %69, %16 : i64
    llvm.cond_br %70, ^bb4, ^bb14
  ^bb4:  // pred: ^bb3
    llvm.br ^bb5(%7 : i64)
  ^bb5(%71: i64):  // 2 preds: ^bb4, ^bb12
    %72 = llvm.icmp "slt" %71, %18 : i64
    llvm.cond_br %72, ^bb6, ^bb13
  ^bb6:  // pred: ^bb5
    llvm.br ^bb7(%7 : i64)
  ^bb7(%73: i64):  // 2 preds: ^bb6, ^bb11
    %74 = llvm.icmp "slt" %73, %20 : i64
    llvm.cond_br %74, ^bb8, ^bb12
  ^bb8:  // pred: ^bb7
    llvm.br ^bb9(%7 : i64)
  ^bb9(%75: i64):  // 2 preds: ^bb8, ^bb10
    %76 = llvm.icmp "slt" %75, %3 : i64
    llvm.cond_br %76, ^bb10, ^bb11
  ^bb10:  // pred: ^bb9
    %77 = llvm.getelementptr %arg1[%68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %78 = llvm.mul %69, %8 overflow<nsw, nuw> : i64
    %79 = llvm.mul %71, %9 overflow<nsw, nuw> : i64
    %80 = llvm.add %78, %79 overflow<nsw, nuw> : i64
    %81 = llvm.mul %73, %3 overflow<nsw, nuw> : i64
    %82 = llvm.add %80, %81 overflow<nsw, nuw> : i64
    %83 = llvm.add %82, %75 overflow<nsw, nuw> : i64
    %84 = llvm.getelementptr inbounds|nuw %77[%83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %85 = llvm.load %84 : !llvm.ptr -> f32
    %86 = llvm.mul %69, %3 overflow<nsw, nuw> : i64
    %87 = llvm.mul %71, %3 overflow<nsw, nuw> : i64
    %88 = llvm.add %86, %87 overflow<nsw, nuw> : i64
    %89 = llvm.mul %73, %3 overflow<nsw, nuw> : i64
    %90 = llvm.add %88, %89 overflow<nsw, nuw> : i64
    %91 = llvm.add %90, %75 overflow<nsw, nuw> : i64
    %92 = llvm.getelementptr inbounds|nuw %38[%91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %85, %92 : f32, !llvm.ptr
    %93 = llvm.add %75, %2 : i64
    llvm.br ^bb9(%93 : i64)
  ^bb11:  // pred: ^bb9
    %94 = llvm.add %73, %2 : i64
    llvm.br ^bb7(%94 : i64)
  ^bb12:  // pred: ^bb7
    %95 = llvm.add %71, %2 : i64
    llvm.br ^bb5(%95 : i64)
  ^bb13:  // pred: ^bb5
    %96 = llvm.add %69, %2 : i64
    llvm.br ^bb3(%96 : i64)
  ^bb14:  // pred: ^bb3
    llvm.br ^bb15
  ^bb15:  // 2 preds: ^bb1, ^bb14
    %97 = llvm.extractvalue %50[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %98 = llvm.mul %12, %3 overflow<nsw> : i64
    %99 = llvm.sub %6, %98 : i64
    %100 = llvm.intr.smin(%99, %3) {xla.range = [-9223372036854775808 : index, 16 : index]} : (i64, i64) -> i64
    %101 = llvm.and %21, %24 : i1
    %102 = llvm.icmp "eq" %100, %3 : i64
    %103 = llvm.and %101, %102 : i1
    llvm.cond_br %103, ^bb16, ^bb17
  ^bb16:  // pred: ^bb15
    %104 = llvm.mul %11, %8 overflow<nsw> : i64
    %105 = llvm.mul %14, %6 overflow<nsw> : i64
    %106 = llvm.add %104, %105 overflow<nsw> : i64
    %107 = llvm.add %106, %98 overflow<nsw> : i64
    %108 = llvm.mul %2, %2 : i64
    %109 = llvm.mul %108, %2 : i64
    %110 = llvm.mul %109, %3 : i64
    %111 = llvm.getelementptr %0[1] : (!llvm.ptr) -> !llvm.ptr, f32
    %112 = llvm.ptrtoint %111 : !llvm.ptr to i64
    %113 = llvm.mul %110, %112 : i64
    %114 = llvm.getelementptr %arg12[%107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    "llvm.intr.memcpy"(%114, %97, %113) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    llvm.br ^bb27
  ^bb17:  // pred: ^bb15
    %115 = llvm.extractvalue %50[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %116 = llvm.mul %11, %8 overflow<nsw> : i64
    %117 = llvm.mul %14, %6 overflow<nsw> : i64
    %118 = llvm.add %116, %117 overflow<nsw> : i64
    %119 = llvm.add %118, %98 overflow<nsw> : i64
    llvm.br ^bb18(%7 : i64)
  ^bb18(%120: i64):  // 2 preds: ^bb17, ^bb25
    %121 = llvm.icmp "slt" %120, %16 : i64
    llvm.cond_br %121, ^bb19, ^bb26
  ^bb19:  // pred: ^bb18
    llvm.br ^bb20(%7 : i64)
  ^bb20(%122: i64):  // 2 preds: ^bb19, ^bb24
    %123 = llvm.icmp "slt" %122, %20 : i64
    llvm.cond_br %123, ^bb21, ^bb25
  ^bb21:  // pred: ^bb20
    llvm.br ^bb22(%7 : i64)
  ^bb22(%124: i64):  // 2 preds: ^bb21, ^bb23
    %125 = llvm.icmp "slt" %124, %100 : i64
    llvm.cond_br %125, ^bb23, ^bb24
  ^bb23:  // pred: ^bb22
    %126 = llvm.mul %120, %3 overflow<nsw, nuw> : i64
    %127 = llvm.mul %122, %3 overflow<nsw, nuw> : i64
    %128 = llvm.add %126, %127 overflow<nsw, nuw> : i64
    %129 = llvm.add %128, %124 overflow<nsw, nuw> : i64
    %130 = llvm.getelementptr inbounds|nuw %115[%129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %131 = llvm.load %130 : !llvm.ptr -> f32
    %132 = llvm.getelementptr %arg12[%119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %133 = llvm.mul %120, %8 overflow<nsw, nuw> : i64
    %134 = llvm.mul %122, %6 overflow<nsw, nuw> : i64
    %135 = llvm.add %133, %134 overflow<nsw, nuw> : i64
    %136 = llvm.add %135, %124 overflow<nsw, nuw> : i64
    %137 = llvm.getelementptr inbounds|nuw %132[%136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %131, %137 : f32, !llvm.ptr
    %138 = llvm.add %124, %2 : i64
    llvm.br ^bb22(%138 : i64)
  ^bb24:  // pred: ^bb22
    %139 = llvm.add %122, %2 : i64
    llvm.br ^bb20(%139 : i64)
  ^bb25:  // pred: ^bb20
    %140 = llvm.add %120, %2 : i64
    llvm.br ^bb18(%140 : i64)
  ^bb26:  // pred: ^bb18
    llvm.br ^bb27
  ^bb27:  // 2 preds: ^bb16, ^bb26
    llvm.return
  }
}


