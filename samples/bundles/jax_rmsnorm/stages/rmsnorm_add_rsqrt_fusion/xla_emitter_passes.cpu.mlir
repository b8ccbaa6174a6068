// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @add_rsqrt_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0] -> (s0), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg2, %arg3, %arg4) in (1, 1, 1) shared_outs(%arg5 = %arg1) -> (tensor<16xf32>) {
      %xla_loop = xla.loop (%arg2, %arg3, %arg4, %0, %1, %2)[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg5) -> (tensor<16xf32>) {
        %pure_call = xla.pure_call @fused_computation_2_rsqrt_2(%arg0, %ra) : (tensor<16xf32>, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra] : tensor<16xf32>
        xla.yield %inserted : tensor<16xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg5[0] [16] [1] : tensor<16xf32> into tensor<16xf32>
      }
    }
    return %3 : tensor<16xf32>
  }
  func.func private @fused_computation_2_rsqrt_2(%arg0: tensor<16xf32>, %arg1: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg1] : tensor<16xf32>
    %cst = arith.constant 9.765625E-4 : f32
    %0 = arith.mulf %extracted, %cst : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %1 = arith.addf %0, %cst_0 : f32
    %2 = math.rsqrt %1 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @fused_computation_2_rsqrt_2) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0] -> (s0), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg2, %arg3, %arg4) in (1, 1, 1) shared_outs(%arg5 = %arg1) -> (tensor<16xf32>) {
      %xla_loop = xla.loop (%arg2, %arg3, %arg4, %0, %1, %2)[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg5) -> (tensor<16xf32>) {
        %pure_call = xla.pure_call @fused_computation_2_rsqrt_2(%arg0, %ra) : (tensor<16xf32>, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra] : tensor<16xf32>
        xla.yield %inserted : tensor<16xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg5[0] [16] [1] : tensor<16xf32> into tensor<16xf32>
      }
    }
    return %3 : tensor<16xf32>
  }
  func.func private @fused_computation_2_rsqrt_2(%arg0: tensor<16xf32>, %arg1: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg1] : tensor<16xf32>
    %cst = arith.constant 9.765625E-4 : f32
    %0 = arith.mulf %extracted, %cst : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %1 = arith.addf %0, %cst_0 : f32
    %2 = math.rsqrt %1 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0] -> (s0), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg2, %arg3, %arg4) in (1, 1, 1) shared_outs(%arg5 = %arg1) -> (tensor<16xf32>) {
      %xla_loop = xla.loop (%arg2, %arg3, %arg4, %0, %1, %2)[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg5) -> (tensor<16xf32>) {
        %pure_call = xla.pure_call @fused_computation_2_rsqrt_2(%arg0, %ra) : (tensor<16xf32>, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra] : tensor<16xf32>
        xla.yield %inserted : tensor<16xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg5[0] [16] [1] : tensor<16xf32> into tensor<16xf32>
      }
    }
    return %3 : tensor<16xf32>
  }
  func.func private @fused_computation_2_rsqrt_2(%arg0: tensor<16xf32>, %arg1: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    %extracted = tensor.extract %arg0[%arg1] : tensor<16xf32>
    %0 = arith.mulf %extracted, %cst_0 : f32
    %1 = arith.addf %0, %cst : f32
    %2 = math.rsqrt %1 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_rsqrt_2(%arg0, %ra) : (tensor<16xf32>, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
  func.func private @fused_computation_2_rsqrt_2(%arg0: tensor<16xf32>, %arg1: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    %extracted = tensor.extract %arg0[%arg1] : tensor<16xf32>
    %0 = arith.mulf %extracted, %cst_0 : f32
    %1 = arith.addf %0, %cst : f32
    %2 = math.rsqrt %1 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_rsqrt_2(%arg0, %ra) : (tensor<16xf32>, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
  func.func private @fused_computation_2_rsqrt_2(%arg0: tensor<16xf32>, %arg1: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    %extracted = tensor.extract %arg0[%arg1] : tensor<16xf32>
    %0 = arith.mulf %extracted, %cst_0 : f32
    %1 = arith.addf %0, %cst : f32
    %2 = math.rsqrt %1 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_rsqrt_2(%arg0, %ra) : (tensor<16xf32>, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
  func.func private @fused_computation_2_rsqrt_2(%arg0: tensor<16xf32>, %arg1: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    %extracted = tensor.extract %arg0[%arg1] : tensor<16xf32>
    %0 = arith.mulf %extracted, %cst_0 : f32
    %1 = arith.addf %0, %cst : f32
    %2 = math.rsqrt %1 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before AddReductionFastMathFlagsPass: xla-cpu-add-reduction-fast-math-flags ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_rsqrt_2(%arg0, %ra) : (tensor<16xf32>, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
  func.func private @fused_computation_2_rsqrt_2(%arg0: tensor<16xf32>, %arg1: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    %extracted = tensor.extract %arg0[%arg1] : tensor<16xf32>
    %0 = arith.mulf %extracted, %cst_0 : f32
    %1 = arith.addf %0, %cst : f32
    %2 = math.rsqrt %1 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before Inliner: composite-fixed-point-pass{max-iterations=10 name=Inliner pipeline=inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 }} ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_rsqrt_2(%arg0, %ra) : (tensor<16xf32>, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
  func.func private @fused_computation_2_rsqrt_2(%arg0: tensor<16xf32>, %arg1: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    %extracted = tensor.extract %arg0[%arg1] : tensor<16xf32>
    %0 = arith.mulf %extracted, %cst_0 : f32
    %1 = arith.addf %0, %cst : f32
    %2 = math.rsqrt %1 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_rsqrt_2(%arg0, %ra) : (tensor<16xf32>, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
  func.func private @fused_computation_2_rsqrt_2(%arg0: tensor<16xf32>, %arg1: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    %extracted = tensor.extract %arg0[%arg1] : tensor<16xf32>
    %0 = arith.mulf %extracted, %cst_0 : f32
    %1 = arith.addf %0, %cst : f32
    %2 = math.rsqrt %1 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @fused_computation_2_rsqrt_2) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_rsqrt_2(%arg0, %ra) : (tensor<16xf32>, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
  func.func private @fused_computation_2_rsqrt_2(%arg0: tensor<16xf32>, %arg1: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    %extracted = tensor.extract %arg0[%arg1] : tensor<16xf32>
    %0 = arith.mulf %extracted, %cst_0 : f32
    %1 = arith.addf %0, %cst : f32
    %2 = math.rsqrt %1 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @add_rsqrt_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_rsqrt_2(%arg0, %ra) : (tensor<16xf32>, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
  func.func private @fused_computation_2_rsqrt_2(%arg0: tensor<16xf32>, %arg1: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    %extracted = tensor.extract %arg0[%arg1] : tensor<16xf32>
    %0 = arith.mulf %extracted, %cst_0 : f32
    %1 = arith.addf %0, %cst : f32
    %2 = math.rsqrt %1 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @add_rsqrt_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %cst = arith.constant 9.99999997E-7 : f32
      %cst_0 = arith.constant 9.765625E-4 : f32
      %extracted = tensor.extract %arg0[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %cst_0 : f32
      %1 = arith.addf %0, %cst : f32
      %2 = math.rsqrt %1 : f32
      %inserted = tensor.insert %2 into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
  func.func private @fused_computation_2_rsqrt_2(tensor<16xf32>, index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>}
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %cst = arith.constant 9.99999997E-7 : f32
      %cst_0 = arith.constant 9.765625E-4 : f32
      %extracted = tensor.extract %arg0[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %cst_0 : f32
      %1 = arith.addf %0, %cst : f32
      %2 = math.rsqrt %1 : f32
      %inserted = tensor.insert %2 into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @add_rsqrt_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %cst = arith.constant 9.99999997E-7 : f32
      %cst_0 = arith.constant 9.765625E-4 : f32
      %extracted = tensor.extract %arg0[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %cst_0 : f32
      %1 = arith.addf %0, %cst : f32
      %2 = math.rsqrt %1 : f32
      %inserted = tensor.insert %2 into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
}


// -----// IR Dump Before PeelWorkgroupLoopPass: xla-cpu-peel-workgroup-loop ('func.func' operation: @add_rsqrt_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %cst = arith.constant 9.99999997E-7 : f32
      %cst_0 = arith.constant 9.765625E-4 : f32
      %extracted = tensor.extract %arg0[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %cst_0 : f32
      %1 = arith.addf %0, %cst : f32
      %2 = math.rsqrt %1 : f32
      %inserted = tensor.insert %2 into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
}


// -----// IR Dump Before LowerXlaSharedPass: xla-cpu-lower-xla-shared ('func.func' operation: @add_rsqrt_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %extracted = tensor.extract %arg0[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %cst : f32
      %1 = arith.addf %0, %cst_0 : f32
      %2 = math.rsqrt %1 : f32
      %inserted = tensor.insert %2 into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
}


// -----// IR Dump Before LowerXlaToScfPass: xla-lower-xla-to-scf{warp_size=32} ('func.func' operation: @add_rsqrt_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %extracted = tensor.extract %arg0[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %cst : f32
      %1 = arith.addf %0, %cst_0 : f32
      %2 = math.rsqrt %1 : f32
      %inserted = tensor.insert %2 into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %extracted = tensor.extract %arg0[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %cst : f32
      %1 = arith.addf %0, %cst_0 : f32
      %2 = math.rsqrt %1 : f32
      %inserted = tensor.insert %2 into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %extracted = tensor.extract %arg0[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %cst : f32
      %1 = arith.addf %0, %cst_0 : f32
      %2 = math.rsqrt %1 : f32
      %inserted = tensor.insert %2 into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
}


// -----// IR Dump Before LowerXlaLoopsToScfPass: xla-lower-xla-loops-to-scf ('func.func' operation: @add_rsqrt_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0] -> (s0), domain: s0 in [0, 15]">
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %xla_loop = xla.loop ()[%i] -> (%ra) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16xf32>) {
      %extracted = tensor.extract %arg0[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %cst : f32
      %1 = arith.addf %0, %cst_0 : f32
      %2 = math.rsqrt %1 : f32
      %inserted = tensor.insert %2 into %iter[%ra] : tensor<16xf32>
      xla.yield %inserted : tensor<16xf32>
    }
    return %xla_loop : tensor<16xf32>
  }
}


// -----// IR Dump Before StablehloConvertToSignlessPass: stablehlo-convert-to-signless ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16xf32>) {
      %1 = scf.if %true -> (tensor<16xf32>) {
        %extracted = tensor.extract %arg0[%arg2] : tensor<16xf32>
        %2 = arith.mulf %extracted, %cst : f32
        %3 = arith.addf %2, %cst_0 : f32
        %4 = math.rsqrt %3 : f32
        %inserted = tensor.insert %4 into %arg3[%arg2] : tensor<16xf32>
        scf.yield %inserted : tensor<16xf32>
      } else {
        scf.yield %arg3 : tensor<16xf32>
      }
      scf.yield %1 : tensor<16xf32>
    }
    return %0 : tensor<16xf32>
  }
}


// -----// IR Dump Before PropagateSliceIndicesPass: xla-propagate-slice-indices ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16xf32>) {
      %1 = scf.if %true -> (tensor<16xf32>) {
        %extracted = tensor.extract %arg0[%arg2] : tensor<16xf32>
        %2 = arith.mulf %extracted, %cst : f32
        %3 = arith.addf %2, %cst_0 : f32
        %4 = math.rsqrt %3 : f32
        %inserted = tensor.insert %4 into %arg3[%arg2] : tensor<16xf32>
        scf.yield %inserted : tensor<16xf32>
      } else {
        scf.yield %arg3 : tensor<16xf32>
      }
      scf.yield %1 : tensor<16xf32>
    }
    return %0 : tensor<16xf32>
  }
}


// -----// IR Dump Before FlattenTensorsPass: xla-flatten-tensors ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16xf32>) {
      %1 = scf.if %true -> (tensor<16xf32>) {
        %extracted = tensor.extract %arg0[%arg2] : tensor<16xf32>
        %2 = arith.mulf %extracted, %cst : f32
        %3 = arith.addf %2, %cst_0 : f32
        %4 = math.rsqrt %3 : f32
        %inserted = tensor.insert %4 into %arg3[%arg2] : tensor<16xf32>
        scf.yield %inserted : tensor<16xf32>
      } else {
        scf.yield %arg3 : tensor<16xf32>
      }
      scf.yield %1 : tensor<16xf32>
    }
    return %0 : tensor<16xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16xf32>) {
      %1 = scf.if %true -> (tensor<16xf32>) {
        %extracted = tensor.extract %arg0[%arg2] : tensor<16xf32>
        %2 = arith.mulf %extracted, %cst : f32
        %3 = arith.addf %2, %cst_0 : f32
        %4 = math.rsqrt %3 : f32
        %inserted = tensor.insert %4 into %arg3[%arg2] : tensor<16xf32>
        scf.yield %inserted : tensor<16xf32>
      } else {
        scf.yield %arg3 : tensor<16xf32>
      }
      scf.yield %1 : tensor<16xf32>
    }
    return %0 : tensor<16xf32>
  }
}


// -----// IR Dump Before UnswitchLoopsPass: xla-unswitch-loops ('func.func' operation: @add_rsqrt_fusion) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16xf32>) {
      %1 = scf.if %true -> (tensor<16xf32>) {
        %extracted = tensor.extract %arg0[%arg2] : tensor<16xf32>
        %2 = arith.mulf %extracted, %cst : f32
        %3 = arith.addf %2, %cst_0 : f32
        %4 = math.rsqrt %3 : f32
        %inserted = tensor.insert %4 into %arg3[%arg2] : tensor<16xf32>
        scf.yield %inserted : tensor<16xf32>
      } else {
        scf.yield %arg3 : tensor<16xf32>
      }
      scf.yield %1 : tensor<16xf32>
    }
    return %0 : tensor<16xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16xf32>) {
      %extracted = tensor.extract %arg0[%arg2] : tensor<16xf32>
      %1 = arith.mulf %extracted, %cst : f32
      %2 = arith.addf %1, %cst_0 : f32
      %3 = math.rsqrt %2 : f32
      %inserted = tensor.insert %3 into %arg3[%arg2] : tensor<16xf32>
      scf.yield %inserted : tensor<16xf32>
    }
    return %0 : tensor<16xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16xf32>) {
      %extracted = tensor.extract %arg0[%arg2] : tensor<16xf32>
      %1 = arith.mulf %extracted, %cst : f32
      %2 = arith.addf %1, %cst_0 : f32
      %3 = math.rsqrt %2 : f32
      %inserted = tensor.insert %3 into %arg3[%arg2] : tensor<16xf32>
      scf.yield %inserted : tensor<16xf32>
    }
    return %0 : tensor<16xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16xf32>) {
      %extracted = tensor.extract %arg0[%arg2] : tensor<16xf32>
      %1 = arith.mulf %extracted, %cst : f32
      %2 = arith.addf %1, %cst_0 : f32
      %3 = math.rsqrt %2 : f32
      %inserted = tensor.insert %3 into %arg3[%arg2] : tensor<16xf32>
      scf.yield %inserted : tensor<16xf32>
    }
    return %0 : tensor<16xf32>
  }
}


// -----// IR Dump Before AddLoopUnrollFlagsPass: xla-cpu-add-loop-unroll-flags{max_nested_iterations=1} ('func.func' operation: @add_rsqrt_fusion) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16xf32>) {
      %extracted = tensor.extract %arg0[%arg2] : tensor<16xf32>
      %1 = arith.mulf %extracted, %cst : f32
      %2 = arith.addf %1, %cst_0 : f32
      %3 = math.rsqrt %2 : f32
      %inserted = tensor.insert %3 into %arg3[%arg2] : tensor<16xf32>
      scf.yield %inserted : tensor<16xf32>
    }
    return %0 : tensor<16xf32>
  }
}


// -----// IR Dump Before xla::cpu::ModuleCallbackPass: unknown<xla::cpu::ModuleCallbackPass> ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16xf32>) {
      %extracted = tensor.extract %arg0[%arg2] : tensor<16xf32>
      %1 = arith.mulf %extracted, %cst : f32
      %2 = arith.addf %1, %cst_0 : f32
      %3 = math.rsqrt %2 : f32
      %inserted = tensor.insert %3 into %arg3[%arg2] : tensor<16xf32>
      scf.yield %inserted : tensor<16xf32>
    }
    return %0 : tensor<16xf32>
  }
}


// -----// IR Dump Before ConvertPureCallOpsPass: xla-convert-pure-call-ops ('func.func' operation: @add_rsqrt_fusion) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16xf32>) {
      %extracted = tensor.extract %arg0[%arg2] : tensor<16xf32>
      %1 = arith.mulf %extracted, %cst : f32
      %2 = arith.addf %1, %cst_0 : f32
      %3 = math.rsqrt %2 : f32
      %inserted = tensor.insert %3 into %arg3[%arg2] : tensor<16xf32>
      scf.yield %inserted : tensor<16xf32>
    }
    return %0 : tensor<16xf32>
  }
}


// -----// IR Dump Before LowerToLLVMPass: xla-cpu-lower-to-llvm{prefer_vector_width=256} ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}) -> tensor<16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16xf32>) {
      %extracted = tensor.extract %arg0[%arg2] : tensor<16xf32>
      %1 = arith.mulf %extracted, %cst : f32
      %2 = arith.addf %1, %cst_0 : f32
      %3 = math.rsqrt %2 : f32
      %inserted = tensor.insert %3 into %arg3[%arg2] : tensor<16xf32>
      scf.yield %inserted : tensor<16xf32>
    }
    return %0 : tensor<16xf32>
  }
}


// -----// IR Dump Before LowerTensorsPass: xla-lower-tensors{gpu_device_info= target_type=cpu} ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = builtin.unrealized_conversion_cast %4 : !llvm.ptr to tensor<16xf32>
    %6 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %7 = llvm.load %6 invariant : !llvm.ptr -> !llvm.ptr
    %8 = llvm.getelementptr inbounds %7[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %9 = llvm.load %8 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.ptr to tensor<16xf32>
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %17 = llvm.load %16 : !llvm.ptr -> !llvm.ptr
    %18 = llvm.getelementptr inbounds %17[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %19 = llvm.load %18 invariant : !llvm.ptr -> i64
    %20 = builtin.unrealized_conversion_cast %19 : i64 to index
    %21 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %22 = llvm.load %21 : !llvm.ptr -> !llvm.ptr
    %23 = llvm.getelementptr inbounds %22[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %24 = llvm.load %23 invariant : !llvm.ptr -> i64
    %25 = builtin.unrealized_conversion_cast %24 : i64 to index
    %26 = call @add_rsqrt_fusion_wrapped(%5, %10, %15, %20, %25) : (tensor<16xf32>, tensor<16xf32>, index, index, index) -> tensor<16xf32>
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}, %arg2: index, %arg3: index, %arg4: index) -> tensor<16xf32> attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %cst = arith.constant 9.765625E-4 : f32
    %cst_0 = arith.constant 9.99999997E-7 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg5 = %c0 to %c16 step %c1 iter_args(%arg6 = %arg1) -> (tensor<16xf32>) {
      %extracted = tensor.extract %arg0[%arg5] : tensor<16xf32>
      %1 = arith.mulf %extracted, %cst : f32
      %2 = arith.addf %1, %cst_0 : f32
      %3 = math.rsqrt %2 : f32
      %inserted = tensor.insert %3 into %arg6[%arg5] : tensor<16xf32>
      scf.yield %inserted : tensor<16xf32>
    }
    return %0 : tensor<16xf32>
  }
}


// -----// IR Dump Before ConvertComplexToStandardPass: convert-complex-to-standard{complex-range=improved} ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %15 = llvm.load %14 : !llvm.ptr -> !llvm.ptr
    %16 = llvm.getelementptr inbounds %15[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> i64
    %23 = builtin.unrealized_conversion_cast %22 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %8, %13, %18, %23) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = arith.index_castui %arg5 : index to i64
      %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %7 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before MergePointersToSameSlicePass: xla-merge-pointers ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %15 = llvm.load %14 : !llvm.ptr -> !llvm.ptr
    %16 = llvm.getelementptr inbounds %15[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> i64
    %23 = builtin.unrealized_conversion_cast %22 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %8, %13, %18, %23) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.slice_index = 1 : index}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = arith.index_castui %arg5 : index to i64
      %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %7 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %15 = llvm.load %14 : !llvm.ptr -> !llvm.ptr
    %16 = llvm.getelementptr inbounds %15[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> i64
    %23 = builtin.unrealized_conversion_cast %22 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %8, %13, %18, %23) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = arith.index_castui %arg5 : index to i64
      %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %7 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %15 = llvm.load %14 : !llvm.ptr -> !llvm.ptr
    %16 = llvm.getelementptr inbounds %15[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> i64
    %23 = builtin.unrealized_conversion_cast %22 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %8, %13, %18, %23) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = arith.index_castui %arg5 : index to i64
      %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %7 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @add_rsqrt_fusion) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @add_rsqrt_fusion_wrapped) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before ExpandIntegerPowerPass: xla-expand-integer-power ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before SimplifyAffinePass: xla-simplify-affine ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before SymbolDCEPass: symbol-dce ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @add_rsqrt_fusion) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @add_rsqrt_fusion_wrapped) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-expand-float-ops{approximate_tanh=false} ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before SCFToControlFlowPass: convert-scf-to-cf{allow-pattern-rollback=true} ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg5 : index to i64
      %1 = llvm.getelementptr inbounds %arg0[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.addf %3, %cst : f32
      %5 = math.rsqrt %4 : f32
      %6 = llvm.getelementptr inbounds %arg1[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      llvm.store %5, %6 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before LowerXlaIntrinsicLibPass: xla-lower-xla-intrinsic-lib ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
    %1 = arith.cmpi slt, %0, %c16 : index
    cf.cond_br %1, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %2 = arith.index_castui %0 : index to i64
    %3 = llvm.getelementptr inbounds %arg0[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %4 = llvm.load %3 invariant : !llvm.ptr -> f32
    %5 = arith.mulf %4, %cst_0 : f32
    %6 = arith.addf %5, %cst : f32
    %7 = math.rsqrt %6 : f32
    %8 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    llvm.store %7, %8 : f32, !llvm.ptr
    %9 = arith.addi %0, %c1 : index
    cf.br ^bb1(%9 : index)
  ^bb3:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @xla.rsqrt.f32) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func private @xla.rsqrt.f32(f32) -> f32
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
    %1 = arith.cmpi slt, %0, %c16 : index
    cf.cond_br %1, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %2 = arith.index_castui %0 : index to i64
    %3 = llvm.getelementptr inbounds %arg0[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %4 = llvm.load %3 invariant : !llvm.ptr -> f32
    %5 = arith.mulf %4, %cst_0 : f32
    %6 = arith.addf %5, %cst : f32
    %7 = call @xla.rsqrt.f32(%6) : (f32) -> f32
    %8 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    llvm.store %7, %8 : f32, !llvm.ptr
    %9 = arith.addi %0, %c1 : index
    cf.br ^bb1(%9 : index)
  ^bb3:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @add_rsqrt_fusion) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func private @xla.rsqrt.f32(f32) -> f32
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
    %1 = arith.cmpi slt, %0, %c16 : index
    cf.cond_br %1, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %2 = arith.index_castui %0 : index to i64
    %3 = llvm.getelementptr inbounds %arg0[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %4 = llvm.load %3 invariant : !llvm.ptr -> f32
    %5 = arith.mulf %4, %cst_0 : f32
    %6 = arith.addf %5, %cst : f32
    %7 = call @xla.rsqrt.f32(%6) : (f32) -> f32
    %8 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    llvm.store %7, %8 : f32, !llvm.ptr
    %9 = arith.addi %0, %c1 : index
    cf.br ^bb1(%9 : index)
  ^bb3:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @add_rsqrt_fusion_wrapped) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func private @xla.rsqrt.f32(f32) -> f32
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
    %1 = arith.cmpi slt, %0, %c16 : index
    cf.cond_br %1, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %2 = arith.index_castui %0 : index to i64
    %3 = llvm.getelementptr inbounds %arg0[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %4 = llvm.load %3 invariant : !llvm.ptr -> f32
    %5 = arith.mulf %4, %cst_0 : f32
    %6 = arith.addf %5, %cst : f32
    %7 = call @xla.rsqrt.f32(%6) : (f32) -> f32
    %8 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    llvm.store %7, %8 : f32, !llvm.ptr
    %9 = arith.addi %0, %c1 : index
    cf.br ^bb1(%9 : index)
  ^bb3:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLibmPass: convert-math-to-libm ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func private @xla.rsqrt.f32(f32) -> f32
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
    %1 = arith.cmpi slt, %0, %c16 : index
    cf.cond_br %1, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %2 = arith.index_castui %0 : index to i64
    %3 = llvm.getelementptr inbounds %arg0[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %4 = llvm.load %3 invariant : !llvm.ptr -> f32
    %5 = arith.mulf %4, %cst_0 : f32
    %6 = arith.addf %5, %cst : f32
    %7 = call @xla.rsqrt.f32(%6) : (f32) -> f32
    %8 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    llvm.store %7, %8 : f32, !llvm.ptr
    %9 = arith.addi %0, %c1 : index
    cf.br ^bb1(%9 : index)
  ^bb3:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before LowerToLLVMCPUPass: xla-lower-to-llvm-cpu ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func private @xla.rsqrt.f32(f32) -> f32
  func.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @add_rsqrt_fusion_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 9.99999997E-7 : f32
    %cst_0 = arith.constant 9.765625E-4 : f32
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
    %1 = arith.cmpi slt, %0, %c16 : index
    cf.cond_br %1, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %2 = arith.index_castui %0 : index to i64
    %3 = llvm.getelementptr inbounds %arg0[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %4 = llvm.load %3 invariant : !llvm.ptr -> f32
    %5 = arith.mulf %4, %cst_0 : f32
    %6 = arith.addf %5, %cst : f32
    %7 = call @xla.rsqrt.f32(%6) : (f32) -> f32
    %8 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    llvm.store %7, %8 : f32, !llvm.ptr
    %9 = arith.addi %0, %c1 : index
    cf.br ^bb1(%9 : index)
  ^bb3:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ReconcileUnrealizedCastsPass: reconcile-unrealized-casts ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @xla.rsqrt.f32(f32) -> f32 attributes {sym_visibility = "private"}
  llvm.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    llvm.call @add_rsqrt_fusion_wrapped(%4, %6, %10, %13, %16) : (!llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: i64, %arg3: i64, %arg4: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(16 : index) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(9.99999997E-7 : f32) : f32
    %4 = llvm.mlir.constant(9.765625E-4 : f32) : f32
    llvm.br ^bb1(%1 : i64)
  ^bb1(%5: i64):  // 2 preds: ^bb0, ^bb2
    %6 = llvm.icmp "slt" %5, %0 : i64
    llvm.cond_br %6, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %7 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %8 = llvm.load %7 invariant : !llvm.ptr -> f32
    %9 = llvm.fmul %8, %4 : f32
    %10 = llvm.fadd %9, %3 : f32
    %11 = llvm.call @xla.rsqrt.f32(%10) : (f32) -> f32
    %12 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    llvm.store %11, %12 : f32, !llvm.ptr
    %13 = llvm.add %5, %2 : i64
    llvm.br ^bb1(%13 : i64)
  ^bb3:  // pred: ^bb1
    llvm.return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @xla.rsqrt.f32(f32) -> f32 attributes {sym_visibility = "private"}
  llvm.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    llvm.call @add_rsqrt_fusion_wrapped(%4, %6, %10, %12, %14) : (!llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: i64, %arg3: i64, %arg4: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(16 : index) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(9.99999997E-7 : f32) : f32
    %4 = llvm.mlir.constant(9.765625E-4 : f32) : f32
    llvm.br ^bb1(%1 : i64)
  ^bb1(%5: i64):  // 2 preds: ^bb0, ^bb2
    %6 = llvm.icmp "slt" %5, %0 : i64
    llvm.cond_br %6, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %7 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %8 = llvm.load %7 invariant : !llvm.ptr -> f32
    %9 = llvm.fmul %8, %4 : f32
    %10 = llvm.fadd %9, %3 : f32
    %11 = llvm.call @xla.rsqrt.f32(%10) : (f32) -> f32
    %12 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    llvm.store %11, %12 : f32, !llvm.ptr
    %13 = llvm.add %5, %2 : i64
    llvm.br ^bb1(%13 : i64)
  ^bb3:  // pred: ^bb1
    llvm.return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @add_rsqrt_fusion_kernel_module) //----- //
module @add_rsqrt_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @xla.rsqrt.f32(f32) -> f32 attributes {sym_visibility = "private"}
  llvm.func @add_rsqrt_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    llvm.call @add_rsqrt_fusion_wrapped(%4, %6, %10, %12, %14) : (!llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @add_rsqrt_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias}, %arg2: i64, %arg3: i64, %arg4: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(16 : index) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(9.99999997E-7 : f32) : f32
    %4 = llvm.mlir.constant(9.765625E-4 : f32) : f32
    llvm.br ^bb1(%1 : i64)
  ^bb1(%5: i64):  // 2 preds: ^bb0, ^bb2
    %6 = llvm.icmp "slt" %5, %0 : i64
    llvm.cond_br %6, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %7 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %8 = llvm.load %7 invariant : !llvm.ptr -> f32
    %9 = llvm.fmul %8, %4 : f32
    %10 = llvm.fadd %9, %3 : f32
    %11 = llvm.call @xla.rsqrt.f32(%10) : (f32) -> f32
    %12 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    llvm.store %11, %12 : f32, !llvm.ptr
    %13 = llvm.add %5, %2 : i64
    llvm.br ^bb1(%13 : i64)
  ^bb3:  // pred: ^bb1
    llvm.return
  }
}


