// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1] -> (s0, s1), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg4, %arg5, %arg6) in (1, 1, 1) shared_outs(%arg7 = %arg3) -> (tensor<16x1024xf32>) {
      %xla_loop = xla.loop (%arg4, %arg5, %arg6, %0, %1, %2)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg7) -> (tensor<16x1024xf32>) {
        %pure_call = xla.pure_call @fused_computation_1_mul_1(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<1024xf32>, tensor<16x1024xf32>, tensor<16xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<16x1024xf32>
        xla.yield %inserted : tensor<16x1024xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg7[0, 0] [16, 1024] [1, 1] : tensor<16x1024xf32> into tensor<16x1024xf32>
      }
    }
    return %3 : tensor<16x1024xf32>
  }
  func.func private @fused_computation_1_mul_1(%arg0: tensor<1024xf32>, %arg1: tensor<16x1024xf32>, %arg2: tensor<16xf32>, %arg3: index {xla.range = [0 : index, 15 : index]}, %arg4: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg1[%arg3, %arg4] : tensor<16x1024xf32>
    %extracted_0 = tensor.extract %arg2[%arg3] : tensor<16xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    %extracted_1 = tensor.extract %arg0[%arg4] : tensor<1024xf32>
    %1 = arith.mulf %0, %extracted_1 : f32
    return %1 : f32
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @fused_computation_1_mul_1) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1] -> (s0, s1), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg4, %arg5, %arg6) in (1, 1, 1) shared_outs(%arg7 = %arg3) -> (tensor<16x1024xf32>) {
      %xla_loop = xla.loop (%arg4, %arg5, %arg6, %0, %1, %2)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg7) -> (tensor<16x1024xf32>) {
        %pure_call = xla.pure_call @fused_computation_1_mul_1(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<1024xf32>, tensor<16x1024xf32>, tensor<16xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<16x1024xf32>
        xla.yield %inserted : tensor<16x1024xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg7[0, 0] [16, 1024] [1, 1] : tensor<16x1024xf32> into tensor<16x1024xf32>
      }
    }
    return %3 : tensor<16x1024xf32>
  }
  func.func private @fused_computation_1_mul_1(%arg0: tensor<1024xf32>, %arg1: tensor<16x1024xf32>, %arg2: tensor<16xf32>, %arg3: index {xla.range = [0 : index, 15 : index]}, %arg4: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg1[%arg3, %arg4] : tensor<16x1024xf32>
    %extracted_0 = tensor.extract %arg2[%arg3] : tensor<16xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    %extracted_1 = tensor.extract %arg0[%arg4] : tensor<1024xf32>
    %1 = arith.mulf %0, %extracted_1 : f32
    return %1 : f32
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1] -> (s0, s1), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg4, %arg5, %arg6) in (1, 1, 1) shared_outs(%arg7 = %arg3) -> (tensor<16x1024xf32>) {
      %xla_loop = xla.loop (%arg4, %arg5, %arg6, %0, %1, %2)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg7) -> (tensor<16x1024xf32>) {
        %pure_call = xla.pure_call @fused_computation_1_mul_1(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<1024xf32>, tensor<16x1024xf32>, tensor<16xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<16x1024xf32>
        xla.yield %inserted : tensor<16x1024xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg7[0, 0] [16, 1024] [1, 1] : tensor<16x1024xf32> into tensor<16x1024xf32>
      }
    }
    return %3 : tensor<16x1024xf32>
  }
  func.func private @fused_computation_1_mul_1(%arg0: tensor<1024xf32>, %arg1: tensor<16x1024xf32>, %arg2: tensor<16xf32>, %arg3: index {xla.range = [0 : index, 15 : index]}, %arg4: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg1[%arg3, %arg4] : tensor<16x1024xf32>
    %extracted_0 = tensor.extract %arg2[%arg3] : tensor<16xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    %extracted_1 = tensor.extract %arg0[%arg4] : tensor<1024xf32>
    %1 = arith.mulf %0, %extracted_1 : f32
    return %1 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_1_mul_1(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<1024xf32>, tensor<16x1024xf32>, tensor<16xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
  func.func private @fused_computation_1_mul_1(%arg0: tensor<1024xf32>, %arg1: tensor<16x1024xf32>, %arg2: tensor<16xf32>, %arg3: index {xla.range = [0 : index, 15 : index]}, %arg4: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg1[%arg3, %arg4] : tensor<16x1024xf32>
    %extracted_0 = tensor.extract %arg2[%arg3] : tensor<16xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    %extracted_1 = tensor.extract %arg0[%arg4] : tensor<1024xf32>
    %1 = arith.mulf %0, %extracted_1 : f32
    return %1 : f32
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_1_mul_1(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<1024xf32>, tensor<16x1024xf32>, tensor<16xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
  func.func private @fused_computation_1_mul_1(%arg0: tensor<1024xf32>, %arg1: tensor<16x1024xf32>, %arg2: tensor<16xf32>, %arg3: index {xla.range = [0 : index, 15 : index]}, %arg4: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg1[%arg3, %arg4] : tensor<16x1024xf32>
    %extracted_0 = tensor.extract %arg2[%arg3] : tensor<16xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    %extracted_1 = tensor.extract %arg0[%arg4] : tensor<1024xf32>
    %1 = arith.mulf %0, %extracted_1 : f32
    return %1 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_1_mul_1(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<1024xf32>, tensor<16x1024xf32>, tensor<16xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
  func.func private @fused_computation_1_mul_1(%arg0: tensor<1024xf32>, %arg1: tensor<16x1024xf32>, %arg2: tensor<16xf32>, %arg3: index {xla.range = [0 : index, 15 : index]}, %arg4: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg1[%arg3, %arg4] : tensor<16x1024xf32>
    %extracted_0 = tensor.extract %arg2[%arg3] : tensor<16xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    %extracted_1 = tensor.extract %arg0[%arg4] : tensor<1024xf32>
    %1 = arith.mulf %0, %extracted_1 : f32
    return %1 : f32
  }
}


// -----// IR Dump Before AddReductionFastMathFlagsPass: xla-cpu-add-reduction-fast-math-flags ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_1_mul_1(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<1024xf32>, tensor<16x1024xf32>, tensor<16xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
  func.func private @fused_computation_1_mul_1(%arg0: tensor<1024xf32>, %arg1: tensor<16x1024xf32>, %arg2: tensor<16xf32>, %arg3: index {xla.range = [0 : index, 15 : index]}, %arg4: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg1[%arg3, %arg4] : tensor<16x1024xf32>
    %extracted_0 = tensor.extract %arg2[%arg3] : tensor<16xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    %extracted_1 = tensor.extract %arg0[%arg4] : tensor<1024xf32>
    %1 = arith.mulf %0, %extracted_1 : f32
    return %1 : f32
  }
}


// -----// IR Dump Before Inliner: composite-fixed-point-pass{max-iterations=10 name=Inliner pipeline=inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 }} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_1_mul_1(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<1024xf32>, tensor<16x1024xf32>, tensor<16xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
  func.func private @fused_computation_1_mul_1(%arg0: tensor<1024xf32>, %arg1: tensor<16x1024xf32>, %arg2: tensor<16xf32>, %arg3: index {xla.range = [0 : index, 15 : index]}, %arg4: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg1[%arg3, %arg4] : tensor<16x1024xf32>
    %extracted_0 = tensor.extract %arg2[%arg3] : tensor<16xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    %extracted_1 = tensor.extract %arg0[%arg4] : tensor<1024xf32>
    %1 = arith.mulf %0, %extracted_1 : f32
    return %1 : f32
  }
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_1_mul_1(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<1024xf32>, tensor<16x1024xf32>, tensor<16xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
  func.func private @fused_computation_1_mul_1(%arg0: tensor<1024xf32>, %arg1: tensor<16x1024xf32>, %arg2: tensor<16xf32>, %arg3: index {xla.range = [0 : index, 15 : index]}, %arg4: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg1[%arg3, %arg4] : tensor<16x1024xf32>
    %extracted_0 = tensor.extract %arg2[%arg3] : tensor<16xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    %extracted_1 = tensor.extract %arg0[%arg4] : tensor<1024xf32>
    %1 = arith.mulf %0, %extracted_1 : f32
    return %1 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @fused_computation_1_mul_1) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_1_mul_1(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<1024xf32>, tensor<16x1024xf32>, tensor<16xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
  func.func private @fused_computation_1_mul_1(%arg0: tensor<1024xf32>, %arg1: tensor<16x1024xf32>, %arg2: tensor<16xf32>, %arg3: index {xla.range = [0 : index, 15 : index]}, %arg4: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg1[%arg3, %arg4] : tensor<16x1024xf32>
    %extracted_0 = tensor.extract %arg2[%arg3] : tensor<16xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    %extracted_1 = tensor.extract %arg0[%arg4] : tensor<1024xf32>
    %1 = arith.mulf %0, %extracted_1 : f32
    return %1 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_1_mul_1(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<1024xf32>, tensor<16x1024xf32>, tensor<16xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
  func.func private @fused_computation_1_mul_1(%arg0: tensor<1024xf32>, %arg1: tensor<16x1024xf32>, %arg2: tensor<16xf32>, %arg3: index {xla.range = [0 : index, 15 : index]}, %arg4: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg1[%arg3, %arg4] : tensor<16x1024xf32>
    %extracted_0 = tensor.extract %arg2[%arg3] : tensor<16xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    %extracted_1 = tensor.extract %arg0[%arg4] : tensor<1024xf32>
    %1 = arith.mulf %0, %extracted_1 : f32
    return %1 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %extracted = tensor.extract %arg1[%ra, %rb] : tensor<16x1024xf32>
      %extracted_0 = tensor.extract %arg2[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %extracted_1 = tensor.extract %arg0[%rb] : tensor<1024xf32>
      %1 = arith.mulf %0, %extracted_1 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
  func.func private @fused_computation_1_mul_1(tensor<1024xf32>, tensor<16x1024xf32>, tensor<16xf32>, index {xla.range = [0 : index, 15 : index]}, index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>}
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %extracted = tensor.extract %arg1[%ra, %rb] : tensor<16x1024xf32>
      %extracted_0 = tensor.extract %arg2[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %extracted_1 = tensor.extract %arg0[%rb] : tensor<1024xf32>
      %1 = arith.mulf %0, %extracted_1 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %extracted = tensor.extract %arg1[%ra, %rb] : tensor<16x1024xf32>
      %extracted_0 = tensor.extract %arg2[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %extracted_1 = tensor.extract %arg0[%rb] : tensor<1024xf32>
      %1 = arith.mulf %0, %extracted_1 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
}


// -----// IR Dump Before PeelWorkgroupLoopPass: xla-cpu-peel-workgroup-loop ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %extracted = tensor.extract %arg1[%ra, %rb] : tensor<16x1024xf32>
      %extracted_0 = tensor.extract %arg2[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %extracted_1 = tensor.extract %arg0[%rb] : tensor<1024xf32>
      %1 = arith.mulf %0, %extracted_1 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
}


// -----// IR Dump Before LowerXlaSharedPass: xla-cpu-lower-xla-shared ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %extracted = tensor.extract %arg1[%ra, %rb] : tensor<16x1024xf32>
      %extracted_0 = tensor.extract %arg2[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %extracted_1 = tensor.extract %arg0[%rb] : tensor<1024xf32>
      %1 = arith.mulf %0, %extracted_1 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
}


// -----// IR Dump Before LowerXlaToScfPass: xla-lower-xla-to-scf{warp_size=32} ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %extracted = tensor.extract %arg1[%ra, %rb] : tensor<16x1024xf32>
      %extracted_0 = tensor.extract %arg2[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %extracted_1 = tensor.extract %arg0[%rb] : tensor<1024xf32>
      %1 = arith.mulf %0, %extracted_1 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %extracted = tensor.extract %arg1[%ra, %rb] : tensor<16x1024xf32>
      %extracted_0 = tensor.extract %arg2[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %extracted_1 = tensor.extract %arg0[%rb] : tensor<1024xf32>
      %1 = arith.mulf %0, %extracted_1 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %extracted = tensor.extract %arg1[%ra, %rb] : tensor<16x1024xf32>
      %extracted_0 = tensor.extract %arg2[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %extracted_1 = tensor.extract %arg0[%rb] : tensor<1024xf32>
      %1 = arith.mulf %0, %extracted_1 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
}


// -----// IR Dump Before LowerXlaLoopsToScfPass: xla-lower-xla-loops-to-scf ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 15], s1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<16x1024xf32>) {
      %extracted = tensor.extract %arg1[%ra, %rb] : tensor<16x1024xf32>
      %extracted_0 = tensor.extract %arg2[%ra] : tensor<16xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %extracted_1 = tensor.extract %arg0[%rb] : tensor<1024xf32>
      %1 = arith.mulf %0, %extracted_1 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<16x1024xf32>
      xla.yield %inserted : tensor<16x1024xf32>
    }
    return %xla_loop : tensor<16x1024xf32>
  }
}


// -----// IR Dump Before StablehloConvertToSignlessPass: stablehlo-convert-to-signless ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    %0 = scf.for %arg4 = %c0 to %c16 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16x1024xf32>) {
      %1 = scf.for %arg6 = %c0 to %c1024 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16x1024xf32>) {
        %2 = scf.if %true -> (tensor<16x1024xf32>) {
          %extracted = tensor.extract %arg1[%arg4, %arg6] : tensor<16x1024xf32>
          %extracted_0 = tensor.extract %arg2[%arg4] : tensor<16xf32>
          %3 = arith.mulf %extracted, %extracted_0 : f32
          %extracted_1 = tensor.extract %arg0[%arg6] : tensor<1024xf32>
          %4 = arith.mulf %3, %extracted_1 : f32
          %inserted = tensor.insert %4 into %arg7[%arg4, %arg6] : tensor<16x1024xf32>
          scf.yield %inserted : tensor<16x1024xf32>
        } else {
          scf.yield %arg7 : tensor<16x1024xf32>
        }
        scf.yield %2 : tensor<16x1024xf32>
      }
      scf.yield %1 : tensor<16x1024xf32>
    }
    return %0 : tensor<16x1024xf32>
  }
}


// -----// IR Dump Before PropagateSliceIndicesPass: xla-propagate-slice-indices ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    %0 = scf.for %arg4 = %c0 to %c16 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16x1024xf32>) {
      %1 = scf.for %arg6 = %c0 to %c1024 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16x1024xf32>) {
        %2 = scf.if %true -> (tensor<16x1024xf32>) {
          %extracted = tensor.extract %arg1[%arg4, %arg6] : tensor<16x1024xf32>
          %extracted_0 = tensor.extract %arg2[%arg4] : tensor<16xf32>
          %3 = arith.mulf %extracted, %extracted_0 : f32
          %extracted_1 = tensor.extract %arg0[%arg6] : tensor<1024xf32>
          %4 = arith.mulf %3, %extracted_1 : f32
          %inserted = tensor.insert %4 into %arg7[%arg4, %arg6] : tensor<16x1024xf32>
          scf.yield %inserted : tensor<16x1024xf32>
        } else {
          scf.yield %arg7 : tensor<16x1024xf32>
        }
        scf.yield %2 : tensor<16x1024xf32>
      }
      scf.yield %1 : tensor<16x1024xf32>
    }
    return %0 : tensor<16x1024xf32>
  }
}


// -----// IR Dump Before FlattenTensorsPass: xla-flatten-tensors ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    %0 = scf.for %arg4 = %c0 to %c16 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16x1024xf32>) {
      %1 = scf.for %arg6 = %c0 to %c1024 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16x1024xf32>) {
        %2 = scf.if %true -> (tensor<16x1024xf32>) {
          %extracted = tensor.extract %arg1[%arg4, %arg6] : tensor<16x1024xf32>
          %extracted_0 = tensor.extract %arg2[%arg4] : tensor<16xf32>
          %3 = arith.mulf %extracted, %extracted_0 : f32
          %extracted_1 = tensor.extract %arg0[%arg6] : tensor<1024xf32>
          %4 = arith.mulf %3, %extracted_1 : f32
          %inserted = tensor.insert %4 into %arg7[%arg4, %arg6] : tensor<16x1024xf32>
          scf.yield %inserted : tensor<16x1024xf32>
        } else {
          scf.yield %arg7 : tensor<16x1024xf32>
        }
        scf.yield %2 : tensor<16x1024xf32>
      }
      scf.yield %1 : tensor<16x1024xf32>
    }
    return %0 : tensor<16x1024xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %true = arith.constant true
    %0 = scf.for %arg4 = %c0 to %c16 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
      %1 = scf.for %arg6 = %c0 to %c1024 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
        %2 = scf.if %true -> (tensor<16384xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg4, %arg6)
          %extracted = tensor.extract %arg1[%3] : tensor<16384xf32>
          %extracted_0 = tensor.extract %arg2[%arg4] : tensor<16xf32>
          %4 = arith.mulf %extracted, %extracted_0 : f32
          %extracted_1 = tensor.extract %arg0[%arg6] : tensor<1024xf32>
          %5 = arith.mulf %4, %extracted_1 : f32
          %6 = xla.apply_indexing #indexing_map(%arg4, %arg6)
          %inserted = tensor.insert %5 into %arg7[%6] : tensor<16384xf32>
          scf.yield %inserted : tensor<16384xf32>
        } else {
          scf.yield %arg7 : tensor<16384xf32>
        }
        scf.yield %2 : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    }
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before UnswitchLoopsPass: xla-unswitch-loops ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %true = arith.constant true
    %0 = scf.for %arg4 = %c0 to %c16 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
      %1 = scf.for %arg6 = %c0 to %c1024 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
        %2 = scf.if %true -> (tensor<16384xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg4, %arg6)
          %extracted = tensor.extract %arg1[%3] : tensor<16384xf32>
          %extracted_0 = tensor.extract %arg2[%arg4] : tensor<16xf32>
          %4 = arith.mulf %extracted, %extracted_0 : f32
          %extracted_1 = tensor.extract %arg0[%arg6] : tensor<1024xf32>
          %5 = arith.mulf %4, %extracted_1 : f32
          %6 = xla.apply_indexing #indexing_map(%arg4, %arg6)
          %inserted = tensor.insert %5 into %arg7[%6] : tensor<16384xf32>
          scf.yield %inserted : tensor<16384xf32>
        } else {
          scf.yield %arg7 : tensor<16384xf32>
        }
        scf.yield %2 : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    }
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg4 = %c0 to %c16 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
      %1 = scf.for %arg6 = %c0 to %c1024 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
        %2 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %extracted = tensor.extract %arg1[%2] : tensor<16384xf32>
        %extracted_0 = tensor.extract %arg2[%arg4] : tensor<16xf32>
        %3 = arith.mulf %extracted, %extracted_0 : f32
        %extracted_1 = tensor.extract %arg0[%arg6] : tensor<1024xf32>
        %4 = arith.mulf %3, %extracted_1 : f32
        %5 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %inserted = tensor.insert %4 into %arg7[%5] : tensor<16384xf32>
        scf.yield %inserted : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    }
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg4 = %c0 to %c16 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
      %extracted = tensor.extract %arg2[%arg4] : tensor<16xf32>
      %1 = scf.for %arg6 = %c0 to %c1024 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
        %2 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %extracted_0 = tensor.extract %arg1[%2] : tensor<16384xf32>
        %3 = arith.mulf %extracted_0, %extracted : f32
        %extracted_1 = tensor.extract %arg0[%arg6] : tensor<1024xf32>
        %4 = arith.mulf %3, %extracted_1 : f32
        %5 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %inserted = tensor.insert %4 into %arg7[%5] : tensor<16384xf32>
        scf.yield %inserted : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    }
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg4 = %c0 to %c16 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
      %extracted = tensor.extract %arg2[%arg4] : tensor<16xf32>
      %1 = scf.for %arg6 = %c0 to %c1024 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
        %2 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %extracted_0 = tensor.extract %arg1[%2] : tensor<16384xf32>
        %3 = arith.mulf %extracted_0, %extracted : f32
        %extracted_1 = tensor.extract %arg0[%arg6] : tensor<1024xf32>
        %4 = arith.mulf %3, %extracted_1 : f32
        %5 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %inserted = tensor.insert %4 into %arg7[%5] : tensor<16384xf32>
        scf.yield %inserted : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    }
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before AddLoopUnrollFlagsPass: xla-cpu-add-loop-unroll-flags{max_nested_iterations=1} ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg4 = %c0 to %c16 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
      %extracted = tensor.extract %arg2[%arg4] : tensor<16xf32>
      %1 = scf.for %arg6 = %c0 to %c1024 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
        %2 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %extracted_0 = tensor.extract %arg1[%2] : tensor<16384xf32>
        %3 = arith.mulf %extracted_0, %extracted : f32
        %extracted_1 = tensor.extract %arg0[%arg6] : tensor<1024xf32>
        %4 = arith.mulf %3, %extracted_1 : f32
        %inserted = tensor.insert %4 into %arg7[%2] : tensor<16384xf32>
        scf.yield %inserted : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    }
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before xla::cpu::ModuleCallbackPass: unknown<xla::cpu::ModuleCallbackPass> ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg4 = %c0 to %c16 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
      %extracted = tensor.extract %arg2[%arg4] : tensor<16xf32>
      %1 = scf.for %arg6 = %c0 to %c1024 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
        %2 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %extracted_0 = tensor.extract %arg1[%2] : tensor<16384xf32>
        %3 = arith.mulf %extracted_0, %extracted : f32
        %extracted_1 = tensor.extract %arg0[%arg6] : tensor<1024xf32>
        %4 = arith.mulf %3, %extracted_1 : f32
        %inserted = tensor.insert %4 into %arg7[%2] : tensor<16384xf32>
        scf.yield %inserted : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before ConvertPureCallOpsPass: xla-convert-pure-call-ops ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg4 = %c0 to %c16 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
      %extracted = tensor.extract %arg2[%arg4] : tensor<16xf32>
      %1 = scf.for %arg6 = %c0 to %c1024 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
        %2 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %extracted_0 = tensor.extract %arg1[%2] : tensor<16384xf32>
        %3 = arith.mulf %extracted_0, %extracted : f32
        %extracted_1 = tensor.extract %arg0[%arg6] : tensor<1024xf32>
        %4 = arith.mulf %3, %extracted_1 : f32
        %inserted = tensor.insert %4 into %arg7[%2] : tensor<16384xf32>
        scf.yield %inserted : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before LowerToLLVMPass: xla-cpu-lower-to-llvm{prefer_vector_width=256} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg4 = %c0 to %c16 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
      %extracted = tensor.extract %arg2[%arg4] : tensor<16xf32>
      %1 = scf.for %arg6 = %c0 to %c1024 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
        %2 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %extracted_0 = tensor.extract %arg1[%2] : tensor<16384xf32>
        %3 = arith.mulf %extracted_0, %extracted : f32
        %extracted_1 = tensor.extract %arg0[%arg6] : tensor<1024xf32>
        %4 = arith.mulf %3, %extracted_1 : f32
        %inserted = tensor.insert %4 into %arg7[%2] : tensor<16384xf32>
        scf.yield %inserted : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before LowerTensorsPass: xla-lower-tensors{gpu_device_info= target_type=cpu} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = builtin.unrealized_conversion_cast %4 : !llvm.ptr to tensor<1024xf32>
    %6 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %7 = llvm.load %6 invariant : !llvm.ptr -> !llvm.ptr
    %8 = llvm.getelementptr inbounds %7[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %9 = llvm.load %8 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.ptr to tensor<16384xf32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %15 = builtin.unrealized_conversion_cast %14 : !llvm.ptr to tensor<16xf32>
    %16 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> !llvm.ptr
    %18 = llvm.getelementptr inbounds %17[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %19 = llvm.load %18 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %20 = builtin.unrealized_conversion_cast %19 : !llvm.ptr to tensor<16384xf32>
    %21 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %22 = llvm.load %21 : !llvm.ptr -> !llvm.ptr
    %23 = llvm.getelementptr inbounds %22[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %24 = llvm.load %23 invariant : !llvm.ptr -> i64
    %25 = builtin.unrealized_conversion_cast %24 : i64 to index
    %26 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %27 = llvm.load %26 : !llvm.ptr -> !llvm.ptr
    %28 = llvm.getelementptr inbounds %27[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %29 = llvm.load %28 invariant : !llvm.ptr -> i64
    %30 = builtin.unrealized_conversion_cast %29 : i64 to index
    %31 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %32 = llvm.load %31 : !llvm.ptr -> !llvm.ptr
    %33 = llvm.getelementptr inbounds %32[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %34 = llvm.load %33 invariant : !llvm.ptr -> i64
    %35 = builtin.unrealized_conversion_cast %34 : i64 to index
    %36 = call @broadcast_multiply_fusion_wrapped(%5, %10, %15, %20, %25, %30, %35) : (tensor<1024xf32>, tensor<16384xf32>, tensor<16xf32>, tensor<16384xf32>, index, index, index) -> tensor<16384xf32>
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}, %arg4: index, %arg5: index, %arg6: index) -> tensor<16384xf32> attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg7 = %c0 to %c16 step %c1 iter_args(%arg8 = %arg3) -> (tensor<16384xf32>) {
      %extracted = tensor.extract %arg2[%arg7] : tensor<16xf32>
      %1 = scf.for %arg9 = %c0 to %c1024 step %c1 iter_args(%arg10 = %arg8) -> (tensor<16384xf32>) {
        %2 = xla.apply_indexing #indexing_map(%arg7, %arg9)
        %extracted_0 = tensor.extract %arg1[%2] : tensor<16384xf32>
        %3 = arith.mulf %extracted_0, %extracted : f32
        %extracted_1 = tensor.extract %arg0[%arg9] : tensor<1024xf32>
        %4 = arith.mulf %3, %extracted_1 : f32
        %inserted = tensor.insert %4 into %arg10[%2] : tensor<16384xf32>
        scf.yield %inserted : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before ConvertComplexToStandardPass: convert-complex-to-standard{complex-range=improved} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %16 = llvm.load %15 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %17 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %18 = llvm.load %17 : !llvm.ptr -> !llvm.ptr
    %19 = llvm.getelementptr inbounds %18[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    %22 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %23 = llvm.load %22 : !llvm.ptr -> !llvm.ptr
    %24 = llvm.getelementptr inbounds %23[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %25 = llvm.load %24 invariant : !llvm.ptr -> i64
    %26 = builtin.unrealized_conversion_cast %25 : i64 to index
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %8, %12, %16, %21, %26, %31) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        %7 = arith.mulf %6, %2 : f32
        %8 = arith.index_castui %arg8 : index to i64
        %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %10 = llvm.load %9 invariant : !llvm.ptr -> f32
        %11 = arith.mulf %7, %10 : f32
        %12 = arith.index_castui %3 : index to i64
        %13 = llvm.getelementptr inbounds %arg3[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %11, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before MergePointersToSameSlicePass: xla-merge-pointers ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %16 = llvm.load %15 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %17 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %18 = llvm.load %17 : !llvm.ptr -> !llvm.ptr
    %19 = llvm.getelementptr inbounds %18[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    %22 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %23 = llvm.load %22 : !llvm.ptr -> !llvm.ptr
    %24 = llvm.getelementptr inbounds %23[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %25 = llvm.load %24 invariant : !llvm.ptr -> i64
    %26 = builtin.unrealized_conversion_cast %25 : i64 to index
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %8, %12, %16, %21, %26, %31) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 3 : index}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        %7 = arith.mulf %6, %2 : f32
        %8 = arith.index_castui %arg8 : index to i64
        %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %10 = llvm.load %9 invariant : !llvm.ptr -> f32
        %11 = arith.mulf %7, %10 : f32
        %12 = arith.index_castui %3 : index to i64
        %13 = llvm.getelementptr inbounds %arg3[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %11, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %16 = llvm.load %15 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %17 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %18 = llvm.load %17 : !llvm.ptr -> !llvm.ptr
    %19 = llvm.getelementptr inbounds %18[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    %22 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %23 = llvm.load %22 : !llvm.ptr -> !llvm.ptr
    %24 = llvm.getelementptr inbounds %23[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %25 = llvm.load %24 invariant : !llvm.ptr -> i64
    %26 = builtin.unrealized_conversion_cast %25 : i64 to index
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %8, %12, %16, %21, %26, %31) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        %7 = arith.mulf %6, %2 : f32
        %8 = arith.index_castui %arg8 : index to i64
        %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %10 = llvm.load %9 invariant : !llvm.ptr -> f32
        %11 = arith.mulf %7, %10 : f32
        %12 = arith.index_castui %3 : index to i64
        %13 = llvm.getelementptr inbounds %arg3[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %11, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %16 = llvm.load %15 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %17 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %18 = llvm.load %17 : !llvm.ptr -> !llvm.ptr
    %19 = llvm.getelementptr inbounds %18[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    %22 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %23 = llvm.load %22 : !llvm.ptr -> !llvm.ptr
    %24 = llvm.getelementptr inbounds %23[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %25 = llvm.load %24 invariant : !llvm.ptr -> i64
    %26 = builtin.unrealized_conversion_cast %25 : i64 to index
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %8, %12, %16, %21, %26, %31) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        %7 = arith.mulf %6, %2 : f32
        %8 = arith.index_castui %arg8 : index to i64
        %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %10 = llvm.load %9 invariant : !llvm.ptr -> f32
        %11 = arith.mulf %7, %10 : f32
        %12 = arith.index_castui %3 : index to i64
        %13 = llvm.getelementptr inbounds %arg3[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %11, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        %7 = arith.mulf %6, %2 : f32
        %8 = arith.index_castui %arg8 : index to i64
        %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %10 = llvm.load %9 invariant : !llvm.ptr -> f32
        %11 = arith.mulf %7, %10 : f32
        %12 = llvm.getelementptr inbounds %arg3[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %11, %12 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @broadcast_multiply_fusion_wrapped) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        %7 = arith.mulf %6, %2 : f32
        %8 = arith.index_castui %arg8 : index to i64
        %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %10 = llvm.load %9 invariant : !llvm.ptr -> f32
        %11 = arith.mulf %7, %10 : f32
        %12 = llvm.getelementptr inbounds %arg3[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %11, %12 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandIntegerPowerPass: xla-expand-integer-power ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        %7 = arith.mulf %6, %2 : f32
        %8 = arith.index_castui %arg8 : index to i64
        %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %10 = llvm.load %9 invariant : !llvm.ptr -> f32
        %11 = arith.mulf %7, %10 : f32
        %12 = llvm.getelementptr inbounds %arg3[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %11, %12 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyAffinePass: xla-simplify-affine ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 1024 + d1), domain: d0 in [0, 15], d1 in [0, 1023]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        %7 = arith.mulf %6, %2 : f32
        %8 = arith.index_castui %arg8 : index to i64
        %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %10 = llvm.load %9 invariant : !llvm.ptr -> f32
        %11 = arith.mulf %7, %10 : f32
        %12 = llvm.getelementptr inbounds %arg3[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %11, %12 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %3 = arith.muli %arg7, %c1024 overflow<nsw> : index
        %4 = arith.addi %3, %arg8 overflow<nsw> : index
        %5 = arith.index_castui %4 : index to i64
        %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %7 = llvm.load %6 invariant : !llvm.ptr -> f32
        %8 = arith.mulf %7, %2 : f32
        %9 = arith.index_castui %arg8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.mulf %8, %11 : f32
        %13 = llvm.getelementptr inbounds %arg3[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %12, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %3 = arith.muli %arg7, %c1024 overflow<nsw> : index
        %4 = arith.addi %3, %arg8 overflow<nsw> : index
        %5 = arith.index_castui %4 : index to i64
        %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %7 = llvm.load %6 invariant : !llvm.ptr -> f32
        %8 = arith.mulf %7, %2 : f32
        %9 = arith.index_castui %arg8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.mulf %8, %11 : f32
        %13 = llvm.getelementptr inbounds %arg3[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %12, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %3 = arith.muli %arg7, %c1024 overflow<nsw> : index
        %4 = arith.addi %3, %arg8 overflow<nsw> : index
        %5 = arith.index_castui %4 : index to i64
        %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %7 = llvm.load %6 invariant : !llvm.ptr -> f32
        %8 = arith.mulf %7, %2 : f32
        %9 = arith.index_castui %arg8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.mulf %8, %11 : f32
        %13 = llvm.getelementptr inbounds %arg3[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %12, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SymbolDCEPass: symbol-dce ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.muli %arg7, %c1024 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %4 = arith.addi %3, %arg8 overflow<nsw> : index
        %5 = arith.index_castui %4 : index to i64
        %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %7 = llvm.load %6 invariant : !llvm.ptr -> f32
        %8 = arith.mulf %7, %2 : f32
        %9 = arith.index_castui %arg8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.mulf %8, %11 : f32
        %13 = llvm.getelementptr inbounds %arg3[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %12, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.muli %arg7, %c1024 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %4 = arith.addi %3, %arg8 overflow<nsw> : index
        %5 = arith.index_castui %4 : index to i64
        %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %7 = llvm.load %6 invariant : !llvm.ptr -> f32
        %8 = arith.mulf %7, %2 : f32
        %9 = arith.index_castui %arg8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.mulf %8, %11 : f32
        %13 = llvm.getelementptr inbounds %arg3[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %12, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @broadcast_multiply_fusion) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.muli %arg7, %c1024 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %4 = arith.addi %3, %arg8 overflow<nsw> : index
        %5 = arith.index_castui %4 : index to i64
        %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %7 = llvm.load %6 invariant : !llvm.ptr -> f32
        %8 = arith.mulf %7, %2 : f32
        %9 = arith.index_castui %arg8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.mulf %8, %11 : f32
        %13 = llvm.getelementptr inbounds %arg3[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %12, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @broadcast_multiply_fusion_wrapped) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.muli %arg7, %c1024 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %4 = arith.addi %3, %arg8 overflow<nsw> : index
        %5 = arith.index_castui %4 : index to i64
        %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %7 = llvm.load %6 invariant : !llvm.ptr -> f32
        %8 = arith.mulf %7, %2 : f32
        %9 = arith.index_castui %arg8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.mulf %8, %11 : f32
        %13 = llvm.getelementptr inbounds %arg3[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %12, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-expand-float-ops{approximate_tanh=false} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.muli %arg7, %c1024 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %4 = arith.addi %3, %arg8 overflow<nsw> : index
        %5 = arith.index_castui %4 : index to i64
        %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %7 = llvm.load %6 invariant : !llvm.ptr -> f32
        %8 = arith.mulf %7, %2 : f32
        %9 = arith.index_castui %arg8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.mulf %8, %11 : f32
        %13 = llvm.getelementptr inbounds %arg3[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %12, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.muli %arg7, %c1024 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %4 = arith.addi %3, %arg8 overflow<nsw> : index
        %5 = arith.index_castui %4 : index to i64
        %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %7 = llvm.load %6 invariant : !llvm.ptr -> f32
        %8 = arith.mulf %7, %2 : f32
        %9 = arith.index_castui %arg8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.mulf %8, %11 : f32
        %13 = llvm.getelementptr inbounds %arg3[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %12, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.muli %arg7, %c1024 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %4 = arith.addi %3, %arg8 overflow<nsw> : index
        %5 = arith.index_castui %4 : index to i64
        %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %7 = llvm.load %6 invariant : !llvm.ptr -> f32
        %8 = arith.mulf %7, %2 : f32
        %9 = arith.index_castui %arg8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.mulf %8, %11 : f32
        %13 = llvm.getelementptr inbounds %arg3[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %12, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SCFToControlFlowPass: convert-scf-to-cf{allow-pattern-rollback=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    scf.for %arg7 = %c0 to %c16 step %c1 {
      %0 = arith.index_castui %arg7 : index to i64
      %1 = llvm.getelementptr inbounds %arg2[0, %0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
      %2 = llvm.load %1 invariant : !llvm.ptr -> f32
      %3 = arith.muli %arg7, %c1024 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c1024 step %c1 {
        %4 = arith.addi %3, %arg8 overflow<nsw> : index
        %5 = arith.index_castui %4 : index to i64
        %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %7 = llvm.load %6 invariant : !llvm.ptr -> f32
        %8 = arith.mulf %7, %2 : f32
        %9 = arith.index_castui %arg8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.mulf %8, %11 : f32
        %13 = llvm.getelementptr inbounds %arg3[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        llvm.store %12, %13 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerXlaIntrinsicLibPass: xla-lower-xla-intrinsic-lib ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb5
    %1 = arith.cmpi slt, %0, %c16 : index
    cf.cond_br %1, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %2 = arith.index_castui %0 : index to i64
    %3 = llvm.getelementptr inbounds %arg2[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %4 = llvm.load %3 invariant : !llvm.ptr -> f32
    %5 = arith.muli %0, %c1024 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%6: index):  // 2 preds: ^bb2, ^bb4
    %7 = arith.cmpi slt, %6, %c1024 : index
    cf.cond_br %7, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %8 = arith.addi %5, %6 overflow<nsw> : index
    %9 = arith.index_castui %8 : index to i64
    %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %11 = llvm.load %10 invariant : !llvm.ptr -> f32
    %12 = arith.mulf %11, %4 : f32
    %13 = arith.index_castui %6 : index to i64
    %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.mulf %12, %15 : f32
    %17 = llvm.getelementptr inbounds %arg3[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %16, %17 : f32, !llvm.ptr
    %18 = arith.addi %6, %c1 : index
    cf.br ^bb3(%18 : index)
  ^bb5:  // pred: ^bb3
    %19 = arith.addi %0, %c1 : index
    cf.br ^bb1(%19 : index) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @broadcast_multiply_fusion) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb5
    %1 = arith.cmpi slt, %0, %c16 : index
    cf.cond_br %1, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %2 = arith.index_castui %0 : index to i64
    %3 = llvm.getelementptr inbounds %arg2[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %4 = llvm.load %3 invariant : !llvm.ptr -> f32
    %5 = arith.muli %0, %c1024 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%6: index):  // 2 preds: ^bb2, ^bb4
    %7 = arith.cmpi slt, %6, %c1024 : index
    cf.cond_br %7, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %8 = arith.addi %5, %6 overflow<nsw> : index
    %9 = arith.index_castui %8 : index to i64
    %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %11 = llvm.load %10 invariant : !llvm.ptr -> f32
    %12 = arith.mulf %11, %4 : f32
    %13 = arith.index_castui %6 : index to i64
    %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.mulf %12, %15 : f32
    %17 = llvm.getelementptr inbounds %arg3[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %16, %17 : f32, !llvm.ptr
    %18 = arith.addi %6, %c1 : index
    cf.br ^bb3(%18 : index)
  ^bb5:  // pred: ^bb3
    %19 = arith.addi %0, %c1 : index
    cf.br ^bb1(%19 : index) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @broadcast_multiply_fusion_wrapped) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb5
    %1 = arith.cmpi slt, %0, %c16 : index
    cf.cond_br %1, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %2 = arith.index_castui %0 : index to i64
    %3 = llvm.getelementptr inbounds %arg2[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %4 = llvm.load %3 invariant : !llvm.ptr -> f32
    %5 = arith.muli %0, %c1024 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%6: index):  // 2 preds: ^bb2, ^bb4
    %7 = arith.cmpi slt, %6, %c1024 : index
    cf.cond_br %7, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %8 = arith.addi %5, %6 overflow<nsw> : index
    %9 = arith.index_castui %8 : index to i64
    %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %11 = llvm.load %10 invariant : !llvm.ptr -> f32
    %12 = arith.mulf %11, %4 : f32
    %13 = arith.index_castui %6 : index to i64
    %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.mulf %12, %15 : f32
    %17 = llvm.getelementptr inbounds %arg3[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %16, %17 : f32, !llvm.ptr
    %18 = arith.addi %6, %c1 : index
    cf.br ^bb3(%18 : index)
  ^bb5:  // pred: ^bb3
    %19 = arith.addi %0, %c1 : index
    cf.br ^bb1(%19 : index) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLibmPass: convert-math-to-libm ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb5
    %1 = arith.cmpi slt, %0, %c16 : index
    cf.cond_br %1, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %2 = arith.index_castui %0 : index to i64
    %3 = llvm.getelementptr inbounds %arg2[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %4 = llvm.load %3 invariant : !llvm.ptr -> f32
    %5 = arith.muli %0, %c1024 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%6: index):  // 2 preds: ^bb2, ^bb4
    %7 = arith.cmpi slt, %6, %c1024 : index
    cf.cond_br %7, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %8 = arith.addi %5, %6 overflow<nsw> : index
    %9 = arith.index_castui %8 : index to i64
    %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %11 = llvm.load %10 invariant : !llvm.ptr -> f32
    %12 = arith.mulf %11, %4 : f32
    %13 = arith.index_castui %6 : index to i64
    %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.mulf %12, %15 : f32
    %17 = llvm.getelementptr inbounds %arg3[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %16, %17 : f32, !llvm.ptr
    %18 = arith.addi %6, %c1 : index
    cf.br ^bb3(%18 : index)
  ^bb5:  // pred: ^bb3
    %19 = arith.addi %0, %c1 : index
    cf.br ^bb1(%19 : index) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before LowerToLLVMCPUPass: xla-lower-to-llvm-cpu ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1024 = arith.constant 1024 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb5
    %1 = arith.cmpi slt, %0, %c16 : index
    cf.cond_br %1, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %2 = arith.index_castui %0 : index to i64
    %3 = llvm.getelementptr inbounds %arg2[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %4 = llvm.load %3 invariant : !llvm.ptr -> f32
    %5 = arith.muli %0, %c1024 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%6: index):  // 2 preds: ^bb2, ^bb4
    %7 = arith.cmpi slt, %6, %c1024 : index
    cf.cond_br %7, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %8 = arith.addi %5, %6 overflow<nsw> : index
    %9 = arith.index_castui %8 : index to i64
    %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %11 = llvm.load %10 invariant : !llvm.ptr -> f32
    %12 = arith.mulf %11, %4 : f32
    %13 = arith.index_castui %6 : index to i64
    %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.mulf %12, %15 : f32
    %17 = llvm.getelementptr inbounds %arg3[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %16, %17 : f32, !llvm.ptr
    %18 = arith.addi %6, %c1 : index
    cf.br ^bb3(%18 : index)
  ^bb5:  // pred: ^bb3
    %19 = arith.addi %0, %c1 : index
    cf.br ^bb1(%19 : index) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ReconcileUnrealizedCastsPass: reconcile-unrealized-casts ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    llvm.call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %14, %17, %20) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: i64, %arg5: i64, %arg6: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(1 : index) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(16 : index) : i64
    %3 = llvm.mlir.constant(1024 : index) : i64
    llvm.br ^bb1(%1 : i64)
  ^bb1(%4: i64):  // 2 preds: ^bb0, ^bb5
    %5 = llvm.icmp "slt" %4, %2 : i64
    llvm.cond_br %5, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %6 = llvm.getelementptr inbounds %arg2[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %7 = llvm.load %6 invariant : !llvm.ptr -> f32
    %8 = llvm.mul %4, %3 overflow<nsw> : i64
    llvm.br ^bb3(%1 : i64)
  ^bb3(%9: i64):  // 2 preds: ^bb2, ^bb4
    %10 = llvm.icmp "slt" %9, %3 : i64
    llvm.cond_br %10, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %11 = llvm.add %8, %9 overflow<nsw> : i64
    %12 = llvm.getelementptr inbounds %arg1[0, %11] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %13 = llvm.load %12 invariant : !llvm.ptr -> f32
    %14 = llvm.fmul %13, %7 : f32
    %15 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %16 = llvm.load %15 invariant : !llvm.ptr -> f32
    %17 = llvm.fmul %14, %16 : f32
    %18 = llvm.getelementptr inbounds %arg3[0, %11] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %17, %18 : f32, !llvm.ptr
    %19 = llvm.add %9, %0 : i64
    llvm.br ^bb3(%19 : i64)
  ^bb5:  // pred: ^bb3
    %20 = llvm.add %4, %0 : i64
    llvm.br ^bb1(%20 : i64) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    llvm.return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    llvm.call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %14, %16, %18) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: i64, %arg5: i64, %arg6: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(1 : index) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(16 : index) : i64
    %3 = llvm.mlir.constant(1024 : index) : i64
    llvm.br ^bb1(%1 : i64)
  ^bb1(%4: i64):  // 2 preds: ^bb0, ^bb5
    %5 = llvm.icmp "slt" %4, %2 : i64
    llvm.cond_br %5, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %6 = llvm.getelementptr inbounds %arg2[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %7 = llvm.load %6 invariant : !llvm.ptr -> f32
    %8 = llvm.mul %4, %3 overflow<nsw> : i64
    llvm.br ^bb3(%1 : i64)
  ^bb3(%9: i64):  // 2 preds: ^bb2, ^bb4
    %10 = llvm.icmp "slt" %9, %3 : i64
    llvm.cond_br %10, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %11 = llvm.add %8, %9 overflow<nsw> : i64
    %12 = llvm.getelementptr inbounds %arg1[0, %11] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %13 = llvm.load %12 invariant : !llvm.ptr -> f32
    %14 = llvm.fmul %13, %7 : f32
    %15 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %16 = llvm.load %15 invariant : !llvm.ptr -> f32
    %17 = llvm.fmul %14, %16 : f32
    %18 = llvm.getelementptr inbounds %arg3[0, %11] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %17, %18 : f32, !llvm.ptr
    %19 = llvm.add %9, %0 : i64
    llvm.br ^bb3(%19 : i64)
  ^bb5:  // pred: ^bb3
    %20 = llvm.add %4, %0 : i64
    llvm.br ^bb1(%20 : i64) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    llvm.return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 64> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    llvm.call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %10, %14, %16, %18) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 64 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg4: i64, %arg5: i64, %arg6: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(1 : index) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(16 : index) : i64
    %3 = llvm.mlir.constant(1024 : index) : i64
    llvm.br ^bb1(%1 : i64)
  ^bb1(%4: i64):  // 2 preds: ^bb0, ^bb5
    %5 = llvm.icmp "slt" %4, %2 : i64
    llvm.cond_br %5, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %6 = llvm.getelementptr inbounds %arg2[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16 x f32>
    %7 = llvm.load %6 invariant : !llvm.ptr -> f32
    %8 = llvm.mul %4, %3 overflow<nsw> : i64
    llvm.br ^bb3(%1 : i64)
  ^bb3(%9: i64):  // 2 preds: ^bb2, ^bb4
    %10 = llvm.icmp "slt" %9, %3 : i64
    llvm.cond_br %10, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %11 = llvm.add %8, %9 overflow<nsw> : i64
    %12 = llvm.getelementptr inbounds %arg1[0, %11] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %13 = llvm.load %12 invariant : !llvm.ptr -> f32
    %14 = llvm.fmul %13, %7 : f32
    %15 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %16 = llvm.load %15 invariant : !llvm.ptr -> f32
    %17 = llvm.fmul %14, %16 : f32
    %18 = llvm.getelementptr inbounds %arg3[0, %11] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %17, %18 : f32, !llvm.ptr
    %19 = llvm.add %9, %0 : i64
    llvm.br ^bb3(%19 : i64)
  ^bb5:  // pred: ^bb3
    %20 = llvm.add %4, %0 : i64
    llvm.br ^bb1(%20 : i64) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    llvm.return
  }
}


