// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @select_select_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1] -> (bl_x * 32 + s0, s1), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 1], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (1, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<64x1024xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg6) -> (tensor<64x1024xf32>) {
        %pure_call = xla.pure_call @fused_computation_5_erfc_0(%arg0, %arg1, %ra, %rb) : (tensor<64x1024xf32>, tensor<1024xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
        xla.yield %inserted : tensor<64x1024xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0] [64, 1024] [1, 1] : tensor<64x1024xf32> into tensor<64x1024xf32>
      }
    }
    return %3 : tensor<64x1024xf32>
  }
  func.func private @fused_computation_5_erfc_0(%arg0: tensor<64x1024xf32>, %arg1: tensor<1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 2.326820e-02 : f32
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %extracted_0 = tensor.extract %arg1[%arg3] : tensor<1024xf32>
    %0 = arith.addf %extracted, %extracted_0 : f32
    %1 = arith.negf %0 : f32
    %cst_1 = arith.constant 0.707106769 : f32
    %2 = arith.mulf %1, %cst_1 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %3 = arith.mulf %2, %2 : f32
    %4 = arith.divf %cst_2, %3 : f32
    %5 = arith.mulf %4, %cst : f32
    %cst_3 = arith.constant -0.138703942 : f32
    %6 = arith.addf %5, %cst_3 : f32
    %cst_4 = arith.constant -10.477664 : f32
    %7 = arith.mulf %6, %4 : f32
    %cst_5 = arith.constant 0.368742466 : f32
    %8 = arith.mulf %4, %cst_4 : f32
    %cst_6 = arith.constant 1.297720e+01 : f32
    %9 = arith.addf %7, %cst_5 : f32
    %10 = arith.addf %8, %cst_6 : f32
    %11 = arith.mulf %9, %4 : f32
    %cst_7 = arith.constant -0.582473278 : f32
    %12 = arith.mulf %10, %4 : f32
    %cst_8 = arith.constant -7.49551868 : f32
    %cst_9 = arith.constant 7.85386146E-5 : f32
    %13 = arith.addf %11, %cst_7 : f32
    %14 = arith.addf %12, %cst_8 : f32
    %15 = arith.mulf %3, %cst_9 : f32
    %cst_10 = arith.constant -8.0101937E-4 : f32
    %16 = arith.mulf %13, %4 : f32
    %cst_11 = arith.constant 0.621000468 : f32
    %17 = arith.mulf %14, %4 : f32
    %cst_12 = arith.constant 2.92101908 : f32
    %18 = arith.addf %15, %cst_10 : f32
    %19 = arith.addf %16, %cst_11 : f32
    %20 = arith.addf %17, %cst_12 : f32
    %21 = arith.mulf %18, %3 : f32
    %cst_13 = arith.constant 0.00518832775 : f32
    %22 = arith.mulf %19, %4 : f32
    %cst_14 = arith.constant -0.494451523 : f32
    %23 = arith.mulf %20, %4 : f32
    %cst_15 = arith.constant -1.01526523 : f32
    %24 = arith.addf %21, %cst_13 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_15 : f32
    %27 = arith.mulf %24, %3 : f32
    %cst_16 = arith.constant -0.0268538129 : f32
    %28 = arith.mulf %25, %4 : f32
    %cst_17 = arith.constant 3.404880e-01 : f32
    %29 = arith.mulf %26, %4 : f32
    %cst_18 = arith.constant 0.42184633 : f32
    %30 = arith.addf %27, %cst_16 : f32
    %31 = arith.addf %28, %cst_17 : f32
    %32 = arith.addf %29, %cst_18 : f32
    %33 = arith.mulf %30, %3 : f32
    %cst_19 = arith.constant 0.112835854 : f32
    %34 = arith.mulf %31, %4 : f32
    %cst_20 = arith.constant -0.274112701 : f32
    %35 = arith.mulf %32, %4 : f32
    %cst_21 = arith.constant -0.282076746 : f32
    %36 = arith.addf %33, %cst_19 : f32
    %37 = arith.addf %34, %cst_20 : f32
    %38 = arith.addf %35, %cst_21 : f32
    %39 = arith.divf %cst_2, %3 : f32
    %40 = arith.mulf %36, %3 : f32
    %cst_22 = arith.constant -0.37612626 : f32
    %extracted_23 = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %41 = arith.mulf %37, %39 : f32
    %cst_24 = arith.constant 0.563825965 : f32
    %42 = arith.mulf %38, %39 : f32
    %cst_25 = arith.constant 0.564189494 : f32
    %43 = arith.addf %40, %cst_22 : f32
    %44 = arith.addf %extracted_23, %extracted_0 : f32
    %45 = arith.mulf %2, %2 : f32
    %46 = arith.negf %45 : f32
    %47 = math.exp %46 : f32
    %48 = math.absf %2 : f32
    %49 = arith.divf %cst_2, %48 : f32
    %cst_26 = arith.constant 2.000000e+00 : f32
    %50 = arith.cmpf olt, %48, %cst_26 : f32
    %51 = arith.extui %50 : i1 to i8
    %52 = arith.addf %41, %cst_24 : f32
    %53 = arith.addf %42, %cst_25 : f32
    %54 = arith.mulf %43, %45 : f32
    %cst_27 = arith.constant 1.12837911 : f32
    %55 = arith.negf %44 : f32
    %56 = arith.negf %45 : f32
    %cst_28 = arith.constant -88.7228394 : f32
    %57 = arith.mulf %47, %49 : f32
    %58 = arith.select %50, %52, %53 : f32
    %59 = arith.addf %54, %cst_27 : f32
    %60 = arith.mulf %55, %cst_1 : f32
    %61 = arith.cmpf olt, %56, %cst_28 : f32
    %62 = arith.extui %61 : i1 to i8
    %cst_29 = arith.constant 0.000000e+00 : f32
    %63 = arith.mulf %57, %58 : f32
    %64 = math.absf %60 : f32
    %65 = arith.mulf %60, %59 : f32
    %66 = arith.cmpf olt, %60, %cst_29 : f32
    %67 = arith.extui %66 : i1 to i8
    %68 = arith.select %61, %cst_29, %63 : f32
    %69 = arith.subf %cst_26, %68 : f32
    %70 = arith.select %61, %cst_29, %63 : f32
    %71 = arith.cmpf olt, %64, %cst_2 : f32
    %72 = arith.extui %71 : i1 to i8
    %73 = arith.subf %cst_2, %65 : f32
    %74 = arith.select %66, %69, %70 : f32
    %75 = arith.select %71, %73, %74 : f32
    return %75 : f32
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @fused_computation_5_erfc_0) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1] -> (bl_x * 32 + s0, s1), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 1], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (1, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<64x1024xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg6) -> (tensor<64x1024xf32>) {
        %pure_call = xla.pure_call @fused_computation_5_erfc_0(%arg0, %arg1, %ra, %rb) : (tensor<64x1024xf32>, tensor<1024xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
        xla.yield %inserted : tensor<64x1024xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0] [64, 1024] [1, 1] : tensor<64x1024xf32> into tensor<64x1024xf32>
      }
    }
    return %3 : tensor<64x1024xf32>
  }
  func.func private @fused_computation_5_erfc_0(%arg0: tensor<64x1024xf32>, %arg1: tensor<1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 2.326820e-02 : f32
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %extracted_0 = tensor.extract %arg1[%arg3] : tensor<1024xf32>
    %0 = arith.addf %extracted, %extracted_0 : f32
    %1 = arith.negf %0 : f32
    %cst_1 = arith.constant 0.707106769 : f32
    %2 = arith.mulf %1, %cst_1 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %3 = arith.mulf %2, %2 : f32
    %4 = arith.divf %cst_2, %3 : f32
    %5 = arith.mulf %4, %cst : f32
    %cst_3 = arith.constant -0.138703942 : f32
    %6 = arith.addf %5, %cst_3 : f32
    %cst_4 = arith.constant -10.477664 : f32
    %7 = arith.mulf %6, %4 : f32
    %cst_5 = arith.constant 0.368742466 : f32
    %8 = arith.mulf %4, %cst_4 : f32
    %cst_6 = arith.constant 1.297720e+01 : f32
    %9 = arith.addf %7, %cst_5 : f32
    %10 = arith.addf %8, %cst_6 : f32
    %11 = arith.mulf %9, %4 : f32
    %cst_7 = arith.constant -0.582473278 : f32
    %12 = arith.mulf %10, %4 : f32
    %cst_8 = arith.constant -7.49551868 : f32
    %cst_9 = arith.constant 7.85386146E-5 : f32
    %13 = arith.addf %11, %cst_7 : f32
    %14 = arith.addf %12, %cst_8 : f32
    %15 = arith.mulf %3, %cst_9 : f32
    %cst_10 = arith.constant -8.0101937E-4 : f32
    %16 = arith.mulf %13, %4 : f32
    %cst_11 = arith.constant 0.621000468 : f32
    %17 = arith.mulf %14, %4 : f32
    %cst_12 = arith.constant 2.92101908 : f32
    %18 = arith.addf %15, %cst_10 : f32
    %19 = arith.addf %16, %cst_11 : f32
    %20 = arith.addf %17, %cst_12 : f32
    %21 = arith.mulf %18, %3 : f32
    %cst_13 = arith.constant 0.00518832775 : f32
    %22 = arith.mulf %19, %4 : f32
    %cst_14 = arith.constant -0.494451523 : f32
    %23 = arith.mulf %20, %4 : f32
    %cst_15 = arith.constant -1.01526523 : f32
    %24 = arith.addf %21, %cst_13 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_15 : f32
    %27 = arith.mulf %24, %3 : f32
    %cst_16 = arith.constant -0.0268538129 : f32
    %28 = arith.mulf %25, %4 : f32
    %cst_17 = arith.constant 3.404880e-01 : f32
    %29 = arith.mulf %26, %4 : f32
    %cst_18 = arith.constant 0.42184633 : f32
    %30 = arith.addf %27, %cst_16 : f32
    %31 = arith.addf %28, %cst_17 : f32
    %32 = arith.addf %29, %cst_18 : f32
    %33 = arith.mulf %30, %3 : f32
    %cst_19 = arith.constant 0.112835854 : f32
    %34 = arith.mulf %31, %4 : f32
    %cst_20 = arith.constant -0.274112701 : f32
    %35 = arith.mulf %32, %4 : f32
    %cst_21 = arith.constant -0.282076746 : f32
    %36 = arith.addf %33, %cst_19 : f32
    %37 = arith.addf %34, %cst_20 : f32
    %38 = arith.addf %35, %cst_21 : f32
    %39 = arith.divf %cst_2, %3 : f32
    %40 = arith.mulf %36, %3 : f32
    %cst_22 = arith.constant -0.37612626 : f32
    %extracted_23 = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %41 = arith.mulf %37, %39 : f32
    %cst_24 = arith.constant 0.563825965 : f32
    %42 = arith.mulf %38, %39 : f32
    %cst_25 = arith.constant 0.564189494 : f32
    %43 = arith.addf %40, %cst_22 : f32
    %44 = arith.addf %extracted_23, %extracted_0 : f32
    %45 = arith.mulf %2, %2 : f32
    %46 = arith.negf %45 : f32
    %47 = math.exp %46 : f32
    %48 = math.absf %2 : f32
    %49 = arith.divf %cst_2, %48 : f32
    %cst_26 = arith.constant 2.000000e+00 : f32
    %50 = arith.cmpf olt, %48, %cst_26 : f32
    %51 = arith.extui %50 : i1 to i8
    %52 = arith.addf %41, %cst_24 : f32
    %53 = arith.addf %42, %cst_25 : f32
    %54 = arith.mulf %43, %45 : f32
    %cst_27 = arith.constant 1.12837911 : f32
    %55 = arith.negf %44 : f32
    %56 = arith.negf %45 : f32
    %cst_28 = arith.constant -88.7228394 : f32
    %57 = arith.mulf %47, %49 : f32
    %58 = arith.select %50, %52, %53 : f32
    %59 = arith.addf %54, %cst_27 : f32
    %60 = arith.mulf %55, %cst_1 : f32
    %61 = arith.cmpf olt, %56, %cst_28 : f32
    %62 = arith.extui %61 : i1 to i8
    %cst_29 = arith.constant 0.000000e+00 : f32
    %63 = arith.mulf %57, %58 : f32
    %64 = math.absf %60 : f32
    %65 = arith.mulf %60, %59 : f32
    %66 = arith.cmpf olt, %60, %cst_29 : f32
    %67 = arith.extui %66 : i1 to i8
    %68 = arith.select %61, %cst_29, %63 : f32
    %69 = arith.subf %cst_26, %68 : f32
    %70 = arith.select %61, %cst_29, %63 : f32
    %71 = arith.cmpf olt, %64, %cst_2 : f32
    %72 = arith.extui %71 : i1 to i8
    %73 = arith.subf %cst_2, %65 : f32
    %74 = arith.select %66, %69, %70 : f32
    %75 = arith.select %71, %73, %74 : f32
    return %75 : f32
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1] -> (bl_x * 32 + s0, s1), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 1], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (1, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<64x1024xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg6) -> (tensor<64x1024xf32>) {
        %pure_call = xla.pure_call @fused_computation_5_erfc_0(%arg0, %arg1, %ra, %rb) : (tensor<64x1024xf32>, tensor<1024xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
        xla.yield %inserted : tensor<64x1024xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0] [64, 1024] [1, 1] : tensor<64x1024xf32> into tensor<64x1024xf32>
      }
    }
    return %3 : tensor<64x1024xf32>
  }
  func.func private @fused_computation_5_erfc_0(%arg0: tensor<64x1024xf32>, %arg1: tensor<1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %extracted_28 = tensor.extract %arg1[%arg3] : tensor<1024xf32>
    %0 = arith.addf %extracted, %extracted_28 : f32
    %1 = arith.negf %0 : f32
    %2 = arith.mulf %1, %cst_26 : f32
    %3 = arith.mulf %2, %2 : f32
    %4 = arith.divf %cst_25, %3 : f32
    %5 = arith.mulf %4, %cst_27 : f32
    %6 = arith.addf %5, %cst_24 : f32
    %7 = arith.mulf %6, %4 : f32
    %8 = arith.mulf %4, %cst_23 : f32
    %9 = arith.addf %7, %cst_22 : f32
    %10 = arith.addf %8, %cst_21 : f32
    %11 = arith.mulf %9, %4 : f32
    %12 = arith.mulf %10, %4 : f32
    %13 = arith.addf %11, %cst_20 : f32
    %14 = arith.addf %12, %cst_19 : f32
    %15 = arith.mulf %3, %cst_18 : f32
    %16 = arith.mulf %13, %4 : f32
    %17 = arith.mulf %14, %4 : f32
    %18 = arith.addf %15, %cst_17 : f32
    %19 = arith.addf %16, %cst_16 : f32
    %20 = arith.addf %17, %cst_15 : f32
    %21 = arith.mulf %18, %3 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %4 : f32
    %24 = arith.addf %21, %cst_14 : f32
    %25 = arith.addf %22, %cst_13 : f32
    %26 = arith.addf %23, %cst_12 : f32
    %27 = arith.mulf %24, %3 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %4 : f32
    %30 = arith.addf %27, %cst_11 : f32
    %31 = arith.addf %28, %cst_10 : f32
    %32 = arith.addf %29, %cst_9 : f32
    %33 = arith.mulf %30, %3 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %4 : f32
    %36 = arith.addf %33, %cst_8 : f32
    %37 = arith.addf %34, %cst_7 : f32
    %38 = arith.addf %35, %cst_6 : f32
    %39 = arith.divf %cst_25, %3 : f32
    %40 = arith.mulf %36, %3 : f32
    %extracted_29 = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %41 = arith.mulf %37, %39 : f32
    %42 = arith.mulf %38, %39 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.addf %extracted_29, %extracted_28 : f32
    %45 = arith.mulf %2, %2 : f32
    %46 = arith.negf %45 : f32
    %47 = math.exp %46 : f32
    %48 = math.absf %2 : f32
    %49 = arith.divf %cst_25, %48 : f32
    %50 = arith.cmpf olt, %48, %cst_2 : f32
    %51 = arith.addf %41, %cst_4 : f32
    %52 = arith.addf %42, %cst_3 : f32
    %53 = arith.mulf %43, %45 : f32
    %54 = arith.negf %44 : f32
    %55 = arith.negf %45 : f32
    %56 = arith.mulf %47, %49 : f32
    %57 = arith.select %50, %51, %52 : f32
    %58 = arith.addf %53, %cst_1 : f32
    %59 = arith.mulf %54, %cst_26 : f32
    %60 = arith.cmpf olt, %55, %cst_0 : f32
    %61 = arith.mulf %56, %57 : f32
    %62 = math.absf %59 : f32
    %63 = arith.mulf %59, %58 : f32
    %64 = arith.cmpf olt, %59, %cst : f32
    %65 = arith.select %60, %cst, %61 : f32
    %66 = arith.subf %cst_2, %65 : f32
    %67 = arith.select %60, %cst, %61 : f32
    %68 = arith.cmpf olt, %62, %cst_25 : f32
    %69 = arith.subf %cst_25, %63 : f32
    %70 = arith.select %64, %66, %67 : f32
    %71 = arith.select %68, %69, %70 : f32
    return %71 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_5_erfc_0(%arg0, %arg1, %ra, %rb) : (tensor<64x1024xf32>, tensor<1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_computation_5_erfc_0(%arg0: tensor<64x1024xf32>, %arg1: tensor<1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %extracted_28 = tensor.extract %arg1[%arg3] : tensor<1024xf32>
    %0 = arith.addf %extracted, %extracted_28 : f32
    %1 = arith.negf %0 : f32
    %2 = arith.mulf %1, %cst_26 : f32
    %3 = arith.mulf %2, %2 : f32
    %4 = arith.divf %cst_25, %3 : f32
    %5 = arith.mulf %4, %cst_27 : f32
    %6 = arith.addf %5, %cst_24 : f32
    %7 = arith.mulf %6, %4 : f32
    %8 = arith.mulf %4, %cst_23 : f32
    %9 = arith.addf %7, %cst_22 : f32
    %10 = arith.addf %8, %cst_21 : f32
    %11 = arith.mulf %9, %4 : f32
    %12 = arith.mulf %10, %4 : f32
    %13 = arith.addf %11, %cst_20 : f32
    %14 = arith.addf %12, %cst_19 : f32
    %15 = arith.mulf %3, %cst_18 : f32
    %16 = arith.mulf %13, %4 : f32
    %17 = arith.mulf %14, %4 : f32
    %18 = arith.addf %15, %cst_17 : f32
    %19 = arith.addf %16, %cst_16 : f32
    %20 = arith.addf %17, %cst_15 : f32
    %21 = arith.mulf %18, %3 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %4 : f32
    %24 = arith.addf %21, %cst_14 : f32
    %25 = arith.addf %22, %cst_13 : f32
    %26 = arith.addf %23, %cst_12 : f32
    %27 = arith.mulf %24, %3 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %4 : f32
    %30 = arith.addf %27, %cst_11 : f32
    %31 = arith.addf %28, %cst_10 : f32
    %32 = arith.addf %29, %cst_9 : f32
    %33 = arith.mulf %30, %3 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %4 : f32
    %36 = arith.addf %33, %cst_8 : f32
    %37 = arith.addf %34, %cst_7 : f32
    %38 = arith.addf %35, %cst_6 : f32
    %39 = arith.divf %cst_25, %3 : f32
    %40 = arith.mulf %36, %3 : f32
    %extracted_29 = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %41 = arith.mulf %37, %39 : f32
    %42 = arith.mulf %38, %39 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.addf %extracted_29, %extracted_28 : f32
    %45 = arith.mulf %2, %2 : f32
    %46 = arith.negf %45 : f32
    %47 = math.exp %46 : f32
    %48 = math.absf %2 : f32
    %49 = arith.divf %cst_25, %48 : f32
    %50 = arith.cmpf olt, %48, %cst_2 : f32
    %51 = arith.addf %41, %cst_4 : f32
    %52 = arith.addf %42, %cst_3 : f32
    %53 = arith.mulf %43, %45 : f32
    %54 = arith.negf %44 : f32
    %55 = arith.negf %45 : f32
    %56 = arith.mulf %47, %49 : f32
    %57 = arith.select %50, %51, %52 : f32
    %58 = arith.addf %53, %cst_1 : f32
    %59 = arith.mulf %54, %cst_26 : f32
    %60 = arith.cmpf olt, %55, %cst_0 : f32
    %61 = arith.mulf %56, %57 : f32
    %62 = math.absf %59 : f32
    %63 = arith.mulf %59, %58 : f32
    %64 = arith.cmpf olt, %59, %cst : f32
    %65 = arith.select %60, %cst, %61 : f32
    %66 = arith.subf %cst_2, %65 : f32
    %67 = arith.select %60, %cst, %61 : f32
    %68 = arith.cmpf olt, %62, %cst_25 : f32
    %69 = arith.subf %cst_25, %63 : f32
    %70 = arith.select %64, %66, %67 : f32
    %71 = arith.select %68, %69, %70 : f32
    return %71 : f32
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_5_erfc_0(%arg0, %arg1, %ra, %rb) : (tensor<64x1024xf32>, tensor<1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_computation_5_erfc_0(%arg0: tensor<64x1024xf32>, %arg1: tensor<1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %extracted_28 = tensor.extract %arg1[%arg3] : tensor<1024xf32>
    %0 = arith.addf %extracted, %extracted_28 : f32
    %1 = arith.negf %0 : f32
    %2 = arith.mulf %1, %cst_26 : f32
    %3 = arith.mulf %2, %2 : f32
    %4 = arith.divf %cst_25, %3 : f32
    %5 = arith.mulf %4, %cst_27 : f32
    %6 = arith.addf %5, %cst_24 : f32
    %7 = arith.mulf %6, %4 : f32
    %8 = arith.mulf %4, %cst_23 : f32
    %9 = arith.addf %7, %cst_22 : f32
    %10 = arith.addf %8, %cst_21 : f32
    %11 = arith.mulf %9, %4 : f32
    %12 = arith.mulf %10, %4 : f32
    %13 = arith.addf %11, %cst_20 : f32
    %14 = arith.addf %12, %cst_19 : f32
    %15 = arith.mulf %3, %cst_18 : f32
    %16 = arith.mulf %13, %4 : f32
    %17 = arith.mulf %14, %4 : f32
    %18 = arith.addf %15, %cst_17 : f32
    %19 = arith.addf %16, %cst_16 : f32
    %20 = arith.addf %17, %cst_15 : f32
    %21 = arith.mulf %18, %3 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %4 : f32
    %24 = arith.addf %21, %cst_14 : f32
    %25 = arith.addf %22, %cst_13 : f32
    %26 = arith.addf %23, %cst_12 : f32
    %27 = arith.mulf %24, %3 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %4 : f32
    %30 = arith.addf %27, %cst_11 : f32
    %31 = arith.addf %28, %cst_10 : f32
    %32 = arith.addf %29, %cst_9 : f32
    %33 = arith.mulf %30, %3 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %4 : f32
    %36 = arith.addf %33, %cst_8 : f32
    %37 = arith.addf %34, %cst_7 : f32
    %38 = arith.addf %35, %cst_6 : f32
    %39 = arith.mulf %36, %3 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %4 : f32
    %42 = arith.addf %39, %cst_5 : f32
    %43 = arith.negf %3 : f32
    %44 = math.exp %43 : f32
    %45 = math.absf %2 : f32
    %46 = arith.divf %cst_25, %45 : f32
    %47 = arith.cmpf olt, %45, %cst_2 : f32
    %48 = arith.addf %40, %cst_4 : f32
    %49 = arith.addf %41, %cst_3 : f32
    %50 = arith.mulf %42, %3 : f32
    %51 = arith.mulf %44, %46 : f32
    %52 = arith.select %47, %48, %49 : f32
    %53 = arith.addf %50, %cst_1 : f32
    %54 = arith.cmpf olt, %43, %cst_0 : f32
    %55 = arith.mulf %51, %52 : f32
    %56 = arith.mulf %2, %53 : f32
    %57 = arith.cmpf olt, %2, %cst : f32
    %58 = arith.select %54, %cst, %55 : f32
    %59 = arith.subf %cst_2, %58 : f32
    %60 = arith.cmpf olt, %45, %cst_25 : f32
    %61 = arith.subf %cst_25, %56 : f32
    %62 = arith.select %57, %59, %58 : f32
    %63 = arith.select %60, %61, %62 : f32
    return %63 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_5_erfc_0(%arg0, %arg1, %ra, %rb) : (tensor<64x1024xf32>, tensor<1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_computation_5_erfc_0(%arg0: tensor<64x1024xf32>, %arg1: tensor<1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %extracted_28 = tensor.extract %arg1[%arg3] : tensor<1024xf32>
    %0 = arith.addf %extracted, %extracted_28 : f32
    %1 = arith.negf %0 : f32
    %2 = arith.mulf %1, %cst_26 : f32
    %3 = arith.mulf %2, %2 : f32
    %4 = arith.divf %cst_25, %3 : f32
    %5 = arith.mulf %4, %cst_27 : f32
    %6 = arith.addf %5, %cst_24 : f32
    %7 = arith.mulf %6, %4 : f32
    %8 = arith.mulf %4, %cst_23 : f32
    %9 = arith.addf %7, %cst_22 : f32
    %10 = arith.addf %8, %cst_21 : f32
    %11 = arith.mulf %9, %4 : f32
    %12 = arith.mulf %10, %4 : f32
    %13 = arith.addf %11, %cst_20 : f32
    %14 = arith.addf %12, %cst_19 : f32
    %15 = arith.mulf %3, %cst_18 : f32
    %16 = arith.mulf %13, %4 : f32
    %17 = arith.mulf %14, %4 : f32
    %18 = arith.addf %15, %cst_17 : f32
    %19 = arith.addf %16, %cst_16 : f32
    %20 = arith.addf %17, %cst_15 : f32
    %21 = arith.mulf %18, %3 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %4 : f32
    %24 = arith.addf %21, %cst_14 : f32
    %25 = arith.addf %22, %cst_13 : f32
    %26 = arith.addf %23, %cst_12 : f32
    %27 = arith.mulf %24, %3 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %4 : f32
    %30 = arith.addf %27, %cst_11 : f32
    %31 = arith.addf %28, %cst_10 : f32
    %32 = arith.addf %29, %cst_9 : f32
    %33 = arith.mulf %30, %3 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %4 : f32
    %36 = arith.addf %33, %cst_8 : f32
    %37 = arith.addf %34, %cst_7 : f32
    %38 = arith.addf %35, %cst_6 : f32
    %39 = arith.mulf %36, %3 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %4 : f32
    %42 = arith.addf %39, %cst_5 : f32
    %43 = arith.negf %3 : f32
    %44 = math.exp %43 : f32
    %45 = math.absf %2 : f32
    %46 = arith.divf %cst_25, %45 : f32
    %47 = arith.cmpf olt, %45, %cst_2 : f32
    %48 = arith.addf %40, %cst_4 : f32
    %49 = arith.addf %41, %cst_3 : f32
    %50 = arith.mulf %42, %3 : f32
    %51 = arith.mulf %44, %46 : f32
    %52 = arith.select %47, %48, %49 : f32
    %53 = arith.addf %50, %cst_1 : f32
    %54 = arith.cmpf olt, %43, %cst_0 : f32
    %55 = arith.mulf %51, %52 : f32
    %56 = arith.mulf %2, %53 : f32
    %57 = arith.cmpf olt, %2, %cst : f32
    %58 = arith.select %54, %cst, %55 : f32
    %59 = arith.subf %cst_2, %58 : f32
    %60 = arith.cmpf olt, %45, %cst_25 : f32
    %61 = arith.subf %cst_25, %56 : f32
    %62 = arith.select %57, %59, %58 : f32
    %63 = arith.select %60, %61, %62 : f32
    return %63 : f32
  }
}


// -----// IR Dump Before AddReductionFastMathFlagsPass: xla-cpu-add-reduction-fast-math-flags ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_5_erfc_0(%arg0, %arg1, %ra, %rb) : (tensor<64x1024xf32>, tensor<1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_computation_5_erfc_0(%arg0: tensor<64x1024xf32>, %arg1: tensor<1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %extracted_28 = tensor.extract %arg1[%arg3] : tensor<1024xf32>
    %0 = arith.addf %extracted, %extracted_28 : f32
    %1 = arith.negf %0 : f32
    %2 = arith.mulf %1, %cst_26 : f32
    %3 = arith.mulf %2, %2 : f32
    %4 = arith.divf %cst_25, %3 : f32
    %5 = arith.mulf %4, %cst_27 : f32
    %6 = arith.addf %5, %cst_24 : f32
    %7 = arith.mulf %6, %4 : f32
    %8 = arith.mulf %4, %cst_23 : f32
    %9 = arith.addf %7, %cst_22 : f32
    %10 = arith.addf %8, %cst_21 : f32
    %11 = arith.mulf %9, %4 : f32
    %12 = arith.mulf %10, %4 : f32
    %13 = arith.addf %11, %cst_20 : f32
    %14 = arith.addf %12, %cst_19 : f32
    %15 = arith.mulf %3, %cst_18 : f32
    %16 = arith.mulf %13, %4 : f32
    %17 = arith.mulf %14, %4 : f32
    %18 = arith.addf %15, %cst_17 : f32
    %19 = arith.addf %16, %cst_16 : f32
    %20 = arith.addf %17, %cst_15 : f32
    %21 = arith.mulf %18, %3 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %4 : f32
    %24 = arith.addf %21, %cst_14 : f32
    %25 = arith.addf %22, %cst_13 : f32
    %26 = arith.addf %23, %cst_12 : f32
    %27 = arith.mulf %24, %3 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %4 : f32
    %30 = arith.addf %27, %cst_11 : f32
    %31 = arith.addf %28, %cst_10 : f32
    %32 = arith.addf %29, %cst_9 : f32
    %33 = arith.mulf %30, %3 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %4 : f32
    %36 = arith.addf %33, %cst_8 : f32
    %37 = arith.addf %34, %cst_7 : f32
    %38 = arith.addf %35, %cst_6 : f32
    %39 = arith.mulf %36, %3 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %4 : f32
    %42 = arith.addf %39, %cst_5 : f32
    %43 = arith.negf %3 : f32
    %44 = math.exp %43 : f32
    %45 = math.absf %2 : f32
    %46 = arith.divf %cst_25, %45 : f32
    %47 = arith.cmpf olt, %45, %cst_2 : f32
    %48 = arith.addf %40, %cst_4 : f32
    %49 = arith.addf %41, %cst_3 : f32
    %50 = arith.mulf %42, %3 : f32
    %51 = arith.mulf %44, %46 : f32
    %52 = arith.select %47, %48, %49 : f32
    %53 = arith.addf %50, %cst_1 : f32
    %54 = arith.cmpf olt, %43, %cst_0 : f32
    %55 = arith.mulf %51, %52 : f32
    %56 = arith.mulf %2, %53 : f32
    %57 = arith.cmpf olt, %2, %cst : f32
    %58 = arith.select %54, %cst, %55 : f32
    %59 = arith.subf %cst_2, %58 : f32
    %60 = arith.cmpf olt, %45, %cst_25 : f32
    %61 = arith.subf %cst_25, %56 : f32
    %62 = arith.select %57, %59, %58 : f32
    %63 = arith.select %60, %61, %62 : f32
    return %63 : f32
  }
}


// -----// IR Dump Before Inliner: composite-fixed-point-pass{max-iterations=10 name=Inliner pipeline=inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 }} ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_5_erfc_0(%arg0, %arg1, %ra, %rb) : (tensor<64x1024xf32>, tensor<1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_computation_5_erfc_0(%arg0: tensor<64x1024xf32>, %arg1: tensor<1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %extracted_28 = tensor.extract %arg1[%arg3] : tensor<1024xf32>
    %0 = arith.addf %extracted, %extracted_28 : f32
    %1 = arith.negf %0 : f32
    %2 = arith.mulf %1, %cst_26 : f32
    %3 = arith.mulf %2, %2 : f32
    %4 = arith.divf %cst_25, %3 : f32
    %5 = arith.mulf %4, %cst_27 : f32
    %6 = arith.addf %5, %cst_24 : f32
    %7 = arith.mulf %6, %4 : f32
    %8 = arith.mulf %4, %cst_23 : f32
    %9 = arith.addf %7, %cst_22 : f32
    %10 = arith.addf %8, %cst_21 : f32
    %11 = arith.mulf %9, %4 : f32
    %12 = arith.mulf %10, %4 : f32
    %13 = arith.addf %11, %cst_20 : f32
    %14 = arith.addf %12, %cst_19 : f32
    %15 = arith.mulf %3, %cst_18 : f32
    %16 = arith.mulf %13, %4 : f32
    %17 = arith.mulf %14, %4 : f32
    %18 = arith.addf %15, %cst_17 : f32
    %19 = arith.addf %16, %cst_16 : f32
    %20 = arith.addf %17, %cst_15 : f32
    %21 = arith.mulf %18, %3 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %4 : f32
    %24 = arith.addf %21, %cst_14 : f32
    %25 = arith.addf %22, %cst_13 : f32
    %26 = arith.addf %23, %cst_12 : f32
    %27 = arith.mulf %24, %3 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %4 : f32
    %30 = arith.addf %27, %cst_11 : f32
    %31 = arith.addf %28, %cst_10 : f32
    %32 = arith.addf %29, %cst_9 : f32
    %33 = arith.mulf %30, %3 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %4 : f32
    %36 = arith.addf %33, %cst_8 : f32
    %37 = arith.addf %34, %cst_7 : f32
    %38 = arith.addf %35, %cst_6 : f32
    %39 = arith.mulf %36, %3 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %4 : f32
    %42 = arith.addf %39, %cst_5 : f32
    %43 = arith.negf %3 : f32
    %44 = math.exp %43 : f32
    %45 = math.absf %2 : f32
    %46 = arith.divf %cst_25, %45 : f32
    %47 = arith.cmpf olt, %45, %cst_2 : f32
    %48 = arith.addf %40, %cst_4 : f32
    %49 = arith.addf %41, %cst_3 : f32
    %50 = arith.mulf %42, %3 : f32
    %51 = arith.mulf %44, %46 : f32
    %52 = arith.select %47, %48, %49 : f32
    %53 = arith.addf %50, %cst_1 : f32
    %54 = arith.cmpf olt, %43, %cst_0 : f32
    %55 = arith.mulf %51, %52 : f32
    %56 = arith.mulf %2, %53 : f32
    %57 = arith.cmpf olt, %2, %cst : f32
    %58 = arith.select %54, %cst, %55 : f32
    %59 = arith.subf %cst_2, %58 : f32
    %60 = arith.cmpf olt, %45, %cst_25 : f32
    %61 = arith.subf %cst_25, %56 : f32
    %62 = arith.select %57, %59, %58 : f32
    %63 = arith.select %60, %61, %62 : f32
    return %63 : f32
  }
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_5_erfc_0(%arg0, %arg1, %ra, %rb) : (tensor<64x1024xf32>, tensor<1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_computation_5_erfc_0(%arg0: tensor<64x1024xf32>, %arg1: tensor<1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %extracted_28 = tensor.extract %arg1[%arg3] : tensor<1024xf32>
    %0 = arith.addf %extracted, %extracted_28 : f32
    %1 = arith.negf %0 : f32
    %2 = arith.mulf %1, %cst_26 : f32
    %3 = arith.mulf %2, %2 : f32
    %4 = arith.divf %cst_25, %3 : f32
    %5 = arith.mulf %4, %cst_27 : f32
    %6 = arith.addf %5, %cst_24 : f32
    %7 = arith.mulf %6, %4 : f32
    %8 = arith.mulf %4, %cst_23 : f32
    %9 = arith.addf %7, %cst_22 : f32
    %10 = arith.addf %8, %cst_21 : f32
    %11 = arith.mulf %9, %4 : f32
    %12 = arith.mulf %10, %4 : f32
    %13 = arith.addf %11, %cst_20 : f32
    %14 = arith.addf %12, %cst_19 : f32
    %15 = arith.mulf %3, %cst_18 : f32
    %16 = arith.mulf %13, %4 : f32
    %17 = arith.mulf %14, %4 : f32
    %18 = arith.addf %15, %cst_17 : f32
    %19 = arith.addf %16, %cst_16 : f32
    %20 = arith.addf %17, %cst_15 : f32
    %21 = arith.mulf %18, %3 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %4 : f32
    %24 = arith.addf %21, %cst_14 : f32
    %25 = arith.addf %22, %cst_13 : f32
    %26 = arith.addf %23, %cst_12 : f32
    %27 = arith.mulf %24, %3 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %4 : f32
    %30 = arith.addf %27, %cst_11 : f32
    %31 = arith.addf %28, %cst_10 : f32
    %32 = arith.addf %29, %cst_9 : f32
    %33 = arith.mulf %30, %3 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %4 : f32
    %36 = arith.addf %33, %cst_8 : f32
    %37 = arith.addf %34, %cst_7 : f32
    %38 = arith.addf %35, %cst_6 : f32
    %39 = arith.mulf %36, %3 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %4 : f32
    %42 = arith.addf %39, %cst_5 : f32
    %43 = arith.negf %3 : f32
    %44 = math.exp %43 : f32
    %45 = math.absf %2 : f32
    %46 = arith.divf %cst_25, %45 : f32
    %47 = arith.cmpf olt, %45, %cst_2 : f32
    %48 = arith.addf %40, %cst_4 : f32
    %49 = arith.addf %41, %cst_3 : f32
    %50 = arith.mulf %42, %3 : f32
    %51 = arith.mulf %44, %46 : f32
    %52 = arith.select %47, %48, %49 : f32
    %53 = arith.addf %50, %cst_1 : f32
    %54 = arith.cmpf olt, %43, %cst_0 : f32
    %55 = arith.mulf %51, %52 : f32
    %56 = arith.mulf %2, %53 : f32
    %57 = arith.cmpf olt, %2, %cst : f32
    %58 = arith.select %54, %cst, %55 : f32
    %59 = arith.subf %cst_2, %58 : f32
    %60 = arith.cmpf olt, %45, %cst_25 : f32
    %61 = arith.subf %cst_25, %56 : f32
    %62 = arith.select %57, %59, %58 : f32
    %63 = arith.select %60, %61, %62 : f32
    return %63 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @fused_computation_5_erfc_0) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_5_erfc_0(%arg0, %arg1, %ra, %rb) : (tensor<64x1024xf32>, tensor<1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_computation_5_erfc_0(%arg0: tensor<64x1024xf32>, %arg1: tensor<1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %extracted_28 = tensor.extract %arg1[%arg3] : tensor<1024xf32>
    %0 = arith.addf %extracted, %extracted_28 : f32
    %1 = arith.negf %0 : f32
    %2 = arith.mulf %1, %cst_26 : f32
    %3 = arith.mulf %2, %2 : f32
    %4 = arith.divf %cst_25, %3 : f32
    %5 = arith.mulf %4, %cst_27 : f32
    %6 = arith.addf %5, %cst_24 : f32
    %7 = arith.mulf %6, %4 : f32
    %8 = arith.mulf %4, %cst_23 : f32
    %9 = arith.addf %7, %cst_22 : f32
    %10 = arith.addf %8, %cst_21 : f32
    %11 = arith.mulf %9, %4 : f32
    %12 = arith.mulf %10, %4 : f32
    %13 = arith.addf %11, %cst_20 : f32
    %14 = arith.addf %12, %cst_19 : f32
    %15 = arith.mulf %3, %cst_18 : f32
    %16 = arith.mulf %13, %4 : f32
    %17 = arith.mulf %14, %4 : f32
    %18 = arith.addf %15, %cst_17 : f32
    %19 = arith.addf %16, %cst_16 : f32
    %20 = arith.addf %17, %cst_15 : f32
    %21 = arith.mulf %18, %3 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %4 : f32
    %24 = arith.addf %21, %cst_14 : f32
    %25 = arith.addf %22, %cst_13 : f32
    %26 = arith.addf %23, %cst_12 : f32
    %27 = arith.mulf %24, %3 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %4 : f32
    %30 = arith.addf %27, %cst_11 : f32
    %31 = arith.addf %28, %cst_10 : f32
    %32 = arith.addf %29, %cst_9 : f32
    %33 = arith.mulf %30, %3 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %4 : f32
    %36 = arith.addf %33, %cst_8 : f32
    %37 = arith.addf %34, %cst_7 : f32
    %38 = arith.addf %35, %cst_6 : f32
    %39 = arith.mulf %36, %3 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %4 : f32
    %42 = arith.addf %39, %cst_5 : f32
    %43 = arith.negf %3 : f32
    %44 = math.exp %43 : f32
    %45 = math.absf %2 : f32
    %46 = arith.divf %cst_25, %45 : f32
    %47 = arith.cmpf olt, %45, %cst_2 : f32
    %48 = arith.addf %40, %cst_4 : f32
    %49 = arith.addf %41, %cst_3 : f32
    %50 = arith.mulf %42, %3 : f32
    %51 = arith.mulf %44, %46 : f32
    %52 = arith.select %47, %48, %49 : f32
    %53 = arith.addf %50, %cst_1 : f32
    %54 = arith.cmpf olt, %43, %cst_0 : f32
    %55 = arith.mulf %51, %52 : f32
    %56 = arith.mulf %2, %53 : f32
    %57 = arith.cmpf olt, %2, %cst : f32
    %58 = arith.select %54, %cst, %55 : f32
    %59 = arith.subf %cst_2, %58 : f32
    %60 = arith.cmpf olt, %45, %cst_25 : f32
    %61 = arith.subf %cst_25, %56 : f32
    %62 = arith.select %57, %59, %58 : f32
    %63 = arith.select %60, %61, %62 : f32
    return %63 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @select_select_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_computation_5_erfc_0(%arg0, %arg1, %ra, %rb) : (tensor<64x1024xf32>, tensor<1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_computation_5_erfc_0(%arg0: tensor<64x1024xf32>, %arg1: tensor<1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<64x1024xf32>
    %extracted_28 = tensor.extract %arg1[%arg3] : tensor<1024xf32>
    %0 = arith.addf %extracted, %extracted_28 : f32
    %1 = arith.negf %0 : f32
    %2 = arith.mulf %1, %cst_26 : f32
    %3 = arith.mulf %2, %2 : f32
    %4 = arith.divf %cst_25, %3 : f32
    %5 = arith.mulf %4, %cst_27 : f32
    %6 = arith.addf %5, %cst_24 : f32
    %7 = arith.mulf %6, %4 : f32
    %8 = arith.mulf %4, %cst_23 : f32
    %9 = arith.addf %7, %cst_22 : f32
    %10 = arith.addf %8, %cst_21 : f32
    %11 = arith.mulf %9, %4 : f32
    %12 = arith.mulf %10, %4 : f32
    %13 = arith.addf %11, %cst_20 : f32
    %14 = arith.addf %12, %cst_19 : f32
    %15 = arith.mulf %3, %cst_18 : f32
    %16 = arith.mulf %13, %4 : f32
    %17 = arith.mulf %14, %4 : f32
    %18 = arith.addf %15, %cst_17 : f32
    %19 = arith.addf %16, %cst_16 : f32
    %20 = arith.addf %17, %cst_15 : f32
    %21 = arith.mulf %18, %3 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %4 : f32
    %24 = arith.addf %21, %cst_14 : f32
    %25 = arith.addf %22, %cst_13 : f32
    %26 = arith.addf %23, %cst_12 : f32
    %27 = arith.mulf %24, %3 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %4 : f32
    %30 = arith.addf %27, %cst_11 : f32
    %31 = arith.addf %28, %cst_10 : f32
    %32 = arith.addf %29, %cst_9 : f32
    %33 = arith.mulf %30, %3 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %4 : f32
    %36 = arith.addf %33, %cst_8 : f32
    %37 = arith.addf %34, %cst_7 : f32
    %38 = arith.addf %35, %cst_6 : f32
    %39 = arith.mulf %36, %3 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %4 : f32
    %42 = arith.addf %39, %cst_5 : f32
    %43 = arith.negf %3 : f32
    %44 = math.exp %43 : f32
    %45 = math.absf %2 : f32
    %46 = arith.divf %cst_25, %45 : f32
    %47 = arith.cmpf olt, %45, %cst_2 : f32
    %48 = arith.addf %40, %cst_4 : f32
    %49 = arith.addf %41, %cst_3 : f32
    %50 = arith.mulf %42, %3 : f32
    %51 = arith.mulf %44, %46 : f32
    %52 = arith.select %47, %48, %49 : f32
    %53 = arith.addf %50, %cst_1 : f32
    %54 = arith.cmpf olt, %43, %cst_0 : f32
    %55 = arith.mulf %51, %52 : f32
    %56 = arith.mulf %2, %53 : f32
    %57 = arith.cmpf olt, %2, %cst : f32
    %58 = arith.select %54, %cst, %55 : f32
    %59 = arith.subf %cst_2, %58 : f32
    %60 = arith.cmpf olt, %45, %cst_25 : f32
    %61 = arith.subf %cst_25, %56 : f32
    %62 = arith.select %57, %59, %58 : f32
    %63 = arith.select %60, %61, %62 : f32
    return %63 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @select_select_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %cst = arith.constant 0.000000e+00 : f32
      %cst_0 = arith.constant -88.7228394 : f32
      %cst_1 = arith.constant 1.12837911 : f32
      %cst_2 = arith.constant 2.000000e+00 : f32
      %cst_3 = arith.constant 0.564189494 : f32
      %cst_4 = arith.constant 0.563825965 : f32
      %cst_5 = arith.constant -0.37612626 : f32
      %cst_6 = arith.constant -0.282076746 : f32
      %cst_7 = arith.constant -0.274112701 : f32
      %cst_8 = arith.constant 0.112835854 : f32
      %cst_9 = arith.constant 0.42184633 : f32
      %cst_10 = arith.constant 3.404880e-01 : f32
      %cst_11 = arith.constant -0.0268538129 : f32
      %cst_12 = arith.constant -1.01526523 : f32
      %cst_13 = arith.constant -0.494451523 : f32
      %cst_14 = arith.constant 0.00518832775 : f32
      %cst_15 = arith.constant 2.92101908 : f32
      %cst_16 = arith.constant 0.621000468 : f32
      %cst_17 = arith.constant -8.0101937E-4 : f32
      %cst_18 = arith.constant 7.85386146E-5 : f32
      %cst_19 = arith.constant -7.49551868 : f32
      %cst_20 = arith.constant -0.582473278 : f32
      %cst_21 = arith.constant 1.297720e+01 : f32
      %cst_22 = arith.constant 0.368742466 : f32
      %cst_23 = arith.constant -10.477664 : f32
      %cst_24 = arith.constant -0.138703942 : f32
      %cst_25 = arith.constant 1.000000e+00 : f32
      %cst_26 = arith.constant 0.707106769 : f32
      %cst_27 = arith.constant 2.326820e-02 : f32
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<64x1024xf32>
      %extracted_28 = tensor.extract %arg1[%rb] : tensor<1024xf32>
      %1 = arith.addf %extracted, %extracted_28 : f32
      %2 = arith.negf %1 : f32
      %3 = arith.mulf %2, %cst_26 : f32
      %4 = arith.mulf %3, %3 : f32
      %5 = arith.divf %cst_25, %4 : f32
      %6 = arith.mulf %5, %cst_27 : f32
      %7 = arith.addf %6, %cst_24 : f32
      %8 = arith.mulf %7, %5 : f32
      %9 = arith.mulf %5, %cst_23 : f32
      %10 = arith.addf %8, %cst_22 : f32
      %11 = arith.addf %9, %cst_21 : f32
      %12 = arith.mulf %10, %5 : f32
      %13 = arith.mulf %11, %5 : f32
      %14 = arith.addf %12, %cst_20 : f32
      %15 = arith.addf %13, %cst_19 : f32
      %16 = arith.mulf %4, %cst_18 : f32
      %17 = arith.mulf %14, %5 : f32
      %18 = arith.mulf %15, %5 : f32
      %19 = arith.addf %16, %cst_17 : f32
      %20 = arith.addf %17, %cst_16 : f32
      %21 = arith.addf %18, %cst_15 : f32
      %22 = arith.mulf %19, %4 : f32
      %23 = arith.mulf %20, %5 : f32
      %24 = arith.mulf %21, %5 : f32
      %25 = arith.addf %22, %cst_14 : f32
      %26 = arith.addf %23, %cst_13 : f32
      %27 = arith.addf %24, %cst_12 : f32
      %28 = arith.mulf %25, %4 : f32
      %29 = arith.mulf %26, %5 : f32
      %30 = arith.mulf %27, %5 : f32
      %31 = arith.addf %28, %cst_11 : f32
      %32 = arith.addf %29, %cst_10 : f32
      %33 = arith.addf %30, %cst_9 : f32
      %34 = arith.mulf %31, %4 : f32
      %35 = arith.mulf %32, %5 : f32
      %36 = arith.mulf %33, %5 : f32
      %37 = arith.addf %34, %cst_8 : f32
      %38 = arith.addf %35, %cst_7 : f32
      %39 = arith.addf %36, %cst_6 : f32
      %40 = arith.mulf %37, %4 : f32
      %41 = arith.mulf %38, %5 : f32
      %42 = arith.mulf %39, %5 : f32
      %43 = arith.addf %40, %cst_5 : f32
      %44 = arith.negf %4 : f32
      %45 = math.exp %44 : f32
      %46 = math.absf %3 : f32
      %47 = arith.divf %cst_25, %46 : f32
      %48 = arith.cmpf olt, %46, %cst_2 : f32
      %49 = arith.addf %41, %cst_4 : f32
      %50 = arith.addf %42, %cst_3 : f32
      %51 = arith.mulf %43, %4 : f32
      %52 = arith.mulf %45, %47 : f32
      %53 = arith.select %48, %49, %50 : f32
      %54 = arith.addf %51, %cst_1 : f32
      %55 = arith.cmpf olt, %44, %cst_0 : f32
      %56 = arith.mulf %52, %53 : f32
      %57 = arith.mulf %3, %54 : f32
      %58 = arith.cmpf olt, %3, %cst : f32
      %59 = arith.select %55, %cst, %56 : f32
      %60 = arith.subf %cst_2, %59 : f32
      %61 = arith.cmpf olt, %46, %cst_25 : f32
      %62 = arith.subf %cst_25, %57 : f32
      %63 = arith.select %58, %60, %59 : f32
      %64 = arith.select %61, %62, %63 : f32
      %inserted = tensor.insert %64 into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_computation_5_erfc_0(tensor<64x1024xf32>, tensor<1024xf32>, index {xla.range = [0 : index, 63 : index]}, index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>}
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %cst = arith.constant 0.000000e+00 : f32
      %cst_0 = arith.constant -88.7228394 : f32
      %cst_1 = arith.constant 1.12837911 : f32
      %cst_2 = arith.constant 2.000000e+00 : f32
      %cst_3 = arith.constant 0.564189494 : f32
      %cst_4 = arith.constant 0.563825965 : f32
      %cst_5 = arith.constant -0.37612626 : f32
      %cst_6 = arith.constant -0.282076746 : f32
      %cst_7 = arith.constant -0.274112701 : f32
      %cst_8 = arith.constant 0.112835854 : f32
      %cst_9 = arith.constant 0.42184633 : f32
      %cst_10 = arith.constant 3.404880e-01 : f32
      %cst_11 = arith.constant -0.0268538129 : f32
      %cst_12 = arith.constant -1.01526523 : f32
      %cst_13 = arith.constant -0.494451523 : f32
      %cst_14 = arith.constant 0.00518832775 : f32
      %cst_15 = arith.constant 2.92101908 : f32
      %cst_16 = arith.constant 0.621000468 : f32
      %cst_17 = arith.constant -8.0101937E-4 : f32
      %cst_18 = arith.constant 7.85386146E-5 : f32
      %cst_19 = arith.constant -7.49551868 : f32
      %cst_20 = arith.constant -0.582473278 : f32
      %cst_21 = arith.constant 1.297720e+01 : f32
      %cst_22 = arith.constant 0.368742466 : f32
      %cst_23 = arith.constant -10.477664 : f32
      %cst_24 = arith.constant -0.138703942 : f32
      %cst_25 = arith.constant 1.000000e+00 : f32
      %cst_26 = arith.constant 0.707106769 : f32
      %cst_27 = arith.constant 2.326820e-02 : f32
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<64x1024xf32>
      %extracted_28 = tensor.extract %arg1[%rb] : tensor<1024xf32>
      %1 = arith.addf %extracted, %extracted_28 : f32
      %2 = arith.negf %1 : f32
      %3 = arith.mulf %2, %cst_26 : f32
      %4 = arith.mulf %3, %3 : f32
      %5 = arith.divf %cst_25, %4 : f32
      %6 = arith.mulf %5, %cst_27 : f32
      %7 = arith.addf %6, %cst_24 : f32
      %8 = arith.mulf %7, %5 : f32
      %9 = arith.mulf %5, %cst_23 : f32
      %10 = arith.addf %8, %cst_22 : f32
      %11 = arith.addf %9, %cst_21 : f32
      %12 = arith.mulf %10, %5 : f32
      %13 = arith.mulf %11, %5 : f32
      %14 = arith.addf %12, %cst_20 : f32
      %15 = arith.addf %13, %cst_19 : f32
      %16 = arith.mulf %4, %cst_18 : f32
      %17 = arith.mulf %14, %5 : f32
      %18 = arith.mulf %15, %5 : f32
      %19 = arith.addf %16, %cst_17 : f32
      %20 = arith.addf %17, %cst_16 : f32
      %21 = arith.addf %18, %cst_15 : f32
      %22 = arith.mulf %19, %4 : f32
      %23 = arith.mulf %20, %5 : f32
      %24 = arith.mulf %21, %5 : f32
      %25 = arith.addf %22, %cst_14 : f32
      %26 = arith.addf %23, %cst_13 : f32
      %27 = arith.addf %24, %cst_12 : f32
      %28 = arith.mulf %25, %4 : f32
      %29 = arith.mulf %26, %5 : f32
      %30 = arith.mulf %27, %5 : f32
      %31 = arith.addf %28, %cst_11 : f32
      %32 = arith.addf %29, %cst_10 : f32
      %33 = arith.addf %30, %cst_9 : f32
      %34 = arith.mulf %31, %4 : f32
      %35 = arith.mulf %32, %5 : f32
      %36 = arith.mulf %33, %5 : f32
      %37 = arith.addf %34, %cst_8 : f32
      %38 = arith.addf %35, %cst_7 : f32
      %39 = arith.addf %36, %cst_6 : f32
      %40 = arith.mulf %37, %4 : f32
      %41 = arith.mulf %38, %5 : f32
      %42 = arith.mulf %39, %5 : f32
      %43 = arith.addf %40, %cst_5 : f32
      %44 = arith.negf %4 : f32
      %45 = math.exp %44 : f32
      %46 = math.absf %3 : f32
      %47 = arith.divf %cst_25, %46 : f32
      %48 = arith.cmpf olt, %46, %cst_2 : f32
      %49 = arith.addf %41, %cst_4 : f32
      %50 = arith.addf %42, %cst_3 : f32
      %51 = arith.mulf %43, %4 : f32
      %52 = arith.mulf %45, %47 : f32
      %53 = arith.select %48, %49, %50 : f32
      %54 = arith.addf %51, %cst_1 : f32
      %55 = arith.cmpf olt, %44, %cst_0 : f32
      %56 = arith.mulf %52, %53 : f32
      %57 = arith.mulf %3, %54 : f32
      %58 = arith.cmpf olt, %3, %cst : f32
      %59 = arith.select %55, %cst, %56 : f32
      %60 = arith.subf %cst_2, %59 : f32
      %61 = arith.cmpf olt, %46, %cst_25 : f32
      %62 = arith.subf %cst_25, %57 : f32
      %63 = arith.select %58, %60, %59 : f32
      %64 = arith.select %61, %62, %63 : f32
      %inserted = tensor.insert %64 into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @select_select_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %cst = arith.constant 0.000000e+00 : f32
      %cst_0 = arith.constant -88.7228394 : f32
      %cst_1 = arith.constant 1.12837911 : f32
      %cst_2 = arith.constant 2.000000e+00 : f32
      %cst_3 = arith.constant 0.564189494 : f32
      %cst_4 = arith.constant 0.563825965 : f32
      %cst_5 = arith.constant -0.37612626 : f32
      %cst_6 = arith.constant -0.282076746 : f32
      %cst_7 = arith.constant -0.274112701 : f32
      %cst_8 = arith.constant 0.112835854 : f32
      %cst_9 = arith.constant 0.42184633 : f32
      %cst_10 = arith.constant 3.404880e-01 : f32
      %cst_11 = arith.constant -0.0268538129 : f32
      %cst_12 = arith.constant -1.01526523 : f32
      %cst_13 = arith.constant -0.494451523 : f32
      %cst_14 = arith.constant 0.00518832775 : f32
      %cst_15 = arith.constant 2.92101908 : f32
      %cst_16 = arith.constant 0.621000468 : f32
      %cst_17 = arith.constant -8.0101937E-4 : f32
      %cst_18 = arith.constant 7.85386146E-5 : f32
      %cst_19 = arith.constant -7.49551868 : f32
      %cst_20 = arith.constant -0.582473278 : f32
      %cst_21 = arith.constant 1.297720e+01 : f32
      %cst_22 = arith.constant 0.368742466 : f32
      %cst_23 = arith.constant -10.477664 : f32
      %cst_24 = arith.constant -0.138703942 : f32
      %cst_25 = arith.constant 1.000000e+00 : f32
      %cst_26 = arith.constant 0.707106769 : f32
      %cst_27 = arith.constant 2.326820e-02 : f32
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<64x1024xf32>
      %extracted_28 = tensor.extract %arg1[%rb] : tensor<1024xf32>
      %1 = arith.addf %extracted, %extracted_28 : f32
      %2 = arith.negf %1 : f32
      %3 = arith.mulf %2, %cst_26 : f32
      %4 = arith.mulf %3, %3 : f32
      %5 = arith.divf %cst_25, %4 : f32
      %6 = arith.mulf %5, %cst_27 : f32
      %7 = arith.addf %6, %cst_24 : f32
      %8 = arith.mulf %7, %5 : f32
      %9 = arith.mulf %5, %cst_23 : f32
      %10 = arith.addf %8, %cst_22 : f32
      %11 = arith.addf %9, %cst_21 : f32
      %12 = arith.mulf %10, %5 : f32
      %13 = arith.mulf %11, %5 : f32
      %14 = arith.addf %12, %cst_20 : f32
      %15 = arith.addf %13, %cst_19 : f32
      %16 = arith.mulf %4, %cst_18 : f32
      %17 = arith.mulf %14, %5 : f32
      %18 = arith.mulf %15, %5 : f32
      %19 = arith.addf %16, %cst_17 : f32
      %20 = arith.addf %17, %cst_16 : f32
      %21 = arith.addf %18, %cst_15 : f32
      %22 = arith.mulf %19, %4 : f32
      %23 = arith.mulf %20, %5 : f32
      %24 = arith.mulf %21, %5 : f32
      %25 = arith.addf %22, %cst_14 : f32
      %26 = arith.addf %23, %cst_13 : f32
      %27 = arith.addf %24, %cst_12 : f32
      %28 = arith.mulf %25, %4 : f32
      %29 = arith.mulf %26, %5 : f32
      %30 = arith.mulf %27, %5 : f32
      %31 = arith.addf %28, %cst_11 : f32
      %32 = arith.addf %29, %cst_10 : f32
      %33 = arith.addf %30, %cst_9 : f32
      %34 = arith.mulf %31, %4 : f32
      %35 = arith.mulf %32, %5 : f32
      %36 = arith.mulf %33, %5 : f32
      %37 = arith.addf %34, %cst_8 : f32
      %38 = arith.addf %35, %cst_7 : f32
      %39 = arith.addf %36, %cst_6 : f32
      %40 = arith.mulf %37, %4 : f32
      %41 = arith.mulf %38, %5 : f32
      %42 = arith.mulf %39, %5 : f32
      %43 = arith.addf %40, %cst_5 : f32
      %44 = arith.negf %4 : f32
      %45 = math.exp %44 : f32
      %46 = math.absf %3 : f32
      %47 = arith.divf %cst_25, %46 : f32
      %48 = arith.cmpf olt, %46, %cst_2 : f32
      %49 = arith.addf %41, %cst_4 : f32
      %50 = arith.addf %42, %cst_3 : f32
      %51 = arith.mulf %43, %4 : f32
      %52 = arith.mulf %45, %47 : f32
      %53 = arith.select %48, %49, %50 : f32
      %54 = arith.addf %51, %cst_1 : f32
      %55 = arith.cmpf olt, %44, %cst_0 : f32
      %56 = arith.mulf %52, %53 : f32
      %57 = arith.mulf %3, %54 : f32
      %58 = arith.cmpf olt, %3, %cst : f32
      %59 = arith.select %55, %cst, %56 : f32
      %60 = arith.subf %cst_2, %59 : f32
      %61 = arith.cmpf olt, %46, %cst_25 : f32
      %62 = arith.subf %cst_25, %57 : f32
      %63 = arith.select %58, %60, %59 : f32
      %64 = arith.select %61, %62, %63 : f32
      %inserted = tensor.insert %64 into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before PeelWorkgroupLoopPass: xla-cpu-peel-workgroup-loop ('func.func' operation: @select_select_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %cst = arith.constant 0.000000e+00 : f32
      %cst_0 = arith.constant -88.7228394 : f32
      %cst_1 = arith.constant 1.12837911 : f32
      %cst_2 = arith.constant 2.000000e+00 : f32
      %cst_3 = arith.constant 0.564189494 : f32
      %cst_4 = arith.constant 0.563825965 : f32
      %cst_5 = arith.constant -0.37612626 : f32
      %cst_6 = arith.constant -0.282076746 : f32
      %cst_7 = arith.constant -0.274112701 : f32
      %cst_8 = arith.constant 0.112835854 : f32
      %cst_9 = arith.constant 0.42184633 : f32
      %cst_10 = arith.constant 3.404880e-01 : f32
      %cst_11 = arith.constant -0.0268538129 : f32
      %cst_12 = arith.constant -1.01526523 : f32
      %cst_13 = arith.constant -0.494451523 : f32
      %cst_14 = arith.constant 0.00518832775 : f32
      %cst_15 = arith.constant 2.92101908 : f32
      %cst_16 = arith.constant 0.621000468 : f32
      %cst_17 = arith.constant -8.0101937E-4 : f32
      %cst_18 = arith.constant 7.85386146E-5 : f32
      %cst_19 = arith.constant -7.49551868 : f32
      %cst_20 = arith.constant -0.582473278 : f32
      %cst_21 = arith.constant 1.297720e+01 : f32
      %cst_22 = arith.constant 0.368742466 : f32
      %cst_23 = arith.constant -10.477664 : f32
      %cst_24 = arith.constant -0.138703942 : f32
      %cst_25 = arith.constant 1.000000e+00 : f32
      %cst_26 = arith.constant 0.707106769 : f32
      %cst_27 = arith.constant 2.326820e-02 : f32
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<64x1024xf32>
      %extracted_28 = tensor.extract %arg1[%rb] : tensor<1024xf32>
      %1 = arith.addf %extracted, %extracted_28 : f32
      %2 = arith.negf %1 : f32
      %3 = arith.mulf %2, %cst_26 : f32
      %4 = arith.mulf %3, %3 : f32
      %5 = arith.divf %cst_25, %4 : f32
      %6 = arith.mulf %5, %cst_27 : f32
      %7 = arith.addf %6, %cst_24 : f32
      %8 = arith.mulf %7, %5 : f32
      %9 = arith.mulf %5, %cst_23 : f32
      %10 = arith.addf %8, %cst_22 : f32
      %11 = arith.addf %9, %cst_21 : f32
      %12 = arith.mulf %10, %5 : f32
      %13 = arith.mulf %11, %5 : f32
      %14 = arith.addf %12, %cst_20 : f32
      %15 = arith.addf %13, %cst_19 : f32
      %16 = arith.mulf %4, %cst_18 : f32
      %17 = arith.mulf %14, %5 : f32
      %18 = arith.mulf %15, %5 : f32
      %19 = arith.addf %16, %cst_17 : f32
      %20 = arith.addf %17, %cst_16 : f32
      %21 = arith.addf %18, %cst_15 : f32
      %22 = arith.mulf %19, %4 : f32
      %23 = arith.mulf %20, %5 : f32
      %24 = arith.mulf %21, %5 : f32
      %25 = arith.addf %22, %cst_14 : f32
      %26 = arith.addf %23, %cst_13 : f32
      %27 = arith.addf %24, %cst_12 : f32
      %28 = arith.mulf %25, %4 : f32
      %29 = arith.mulf %26, %5 : f32
      %30 = arith.mulf %27, %5 : f32
      %31 = arith.addf %28, %cst_11 : f32
      %32 = arith.addf %29, %cst_10 : f32
      %33 = arith.addf %30, %cst_9 : f32
      %34 = arith.mulf %31, %4 : f32
      %35 = arith.mulf %32, %5 : f32
      %36 = arith.mulf %33, %5 : f32
      %37 = arith.addf %34, %cst_8 : f32
      %38 = arith.addf %35, %cst_7 : f32
      %39 = arith.addf %36, %cst_6 : f32
      %40 = arith.mulf %37, %4 : f32
      %41 = arith.mulf %38, %5 : f32
      %42 = arith.mulf %39, %5 : f32
      %43 = arith.addf %40, %cst_5 : f32
      %44 = arith.negf %4 : f32
      %45 = math.exp %44 : f32
      %46 = math.absf %3 : f32
      %47 = arith.divf %cst_25, %46 : f32
      %48 = arith.cmpf olt, %46, %cst_2 : f32
      %49 = arith.addf %41, %cst_4 : f32
      %50 = arith.addf %42, %cst_3 : f32
      %51 = arith.mulf %43, %4 : f32
      %52 = arith.mulf %45, %47 : f32
      %53 = arith.select %48, %49, %50 : f32
      %54 = arith.addf %51, %cst_1 : f32
      %55 = arith.cmpf olt, %44, %cst_0 : f32
      %56 = arith.mulf %52, %53 : f32
      %57 = arith.mulf %3, %54 : f32
      %58 = arith.cmpf olt, %3, %cst : f32
      %59 = arith.select %55, %cst, %56 : f32
      %60 = arith.subf %cst_2, %59 : f32
      %61 = arith.cmpf olt, %46, %cst_25 : f32
      %62 = arith.subf %cst_25, %57 : f32
      %63 = arith.select %58, %60, %59 : f32
      %64 = arith.select %61, %62, %63 : f32
      %inserted = tensor.insert %64 into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before LowerXlaSharedPass: xla-cpu-lower-xla-shared ('func.func' operation: @select_select_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<64x1024xf32>
      %extracted_28 = tensor.extract %arg1[%rb] : tensor<1024xf32>
      %1 = arith.addf %extracted, %extracted_28 : f32
      %2 = arith.negf %1 : f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.mulf %3, %3 : f32
      %5 = arith.divf %cst_1, %4 : f32
      %6 = arith.mulf %5, %cst : f32
      %7 = arith.addf %6, %cst_2 : f32
      %8 = arith.mulf %7, %5 : f32
      %9 = arith.mulf %5, %cst_3 : f32
      %10 = arith.addf %8, %cst_4 : f32
      %11 = arith.addf %9, %cst_5 : f32
      %12 = arith.mulf %10, %5 : f32
      %13 = arith.mulf %11, %5 : f32
      %14 = arith.addf %12, %cst_6 : f32
      %15 = arith.addf %13, %cst_7 : f32
      %16 = arith.mulf %4, %cst_8 : f32
      %17 = arith.mulf %14, %5 : f32
      %18 = arith.mulf %15, %5 : f32
      %19 = arith.addf %16, %cst_9 : f32
      %20 = arith.addf %17, %cst_10 : f32
      %21 = arith.addf %18, %cst_11 : f32
      %22 = arith.mulf %19, %4 : f32
      %23 = arith.mulf %20, %5 : f32
      %24 = arith.mulf %21, %5 : f32
      %25 = arith.addf %22, %cst_12 : f32
      %26 = arith.addf %23, %cst_13 : f32
      %27 = arith.addf %24, %cst_14 : f32
      %28 = arith.mulf %25, %4 : f32
      %29 = arith.mulf %26, %5 : f32
      %30 = arith.mulf %27, %5 : f32
      %31 = arith.addf %28, %cst_15 : f32
      %32 = arith.addf %29, %cst_16 : f32
      %33 = arith.addf %30, %cst_17 : f32
      %34 = arith.mulf %31, %4 : f32
      %35 = arith.mulf %32, %5 : f32
      %36 = arith.mulf %33, %5 : f32
      %37 = arith.addf %34, %cst_18 : f32
      %38 = arith.addf %35, %cst_19 : f32
      %39 = arith.addf %36, %cst_20 : f32
      %40 = arith.mulf %37, %4 : f32
      %41 = arith.mulf %38, %5 : f32
      %42 = arith.mulf %39, %5 : f32
      %43 = arith.addf %40, %cst_21 : f32
      %44 = arith.negf %4 : f32
      %45 = math.exp %44 : f32
      %46 = math.absf %3 : f32
      %47 = arith.divf %cst_1, %46 : f32
      %48 = arith.cmpf olt, %46, %cst_24 : f32
      %49 = arith.addf %41, %cst_22 : f32
      %50 = arith.addf %42, %cst_23 : f32
      %51 = arith.mulf %43, %4 : f32
      %52 = arith.mulf %45, %47 : f32
      %53 = arith.select %48, %49, %50 : f32
      %54 = arith.addf %51, %cst_25 : f32
      %55 = arith.cmpf olt, %44, %cst_26 : f32
      %56 = arith.mulf %52, %53 : f32
      %57 = arith.mulf %3, %54 : f32
      %58 = arith.cmpf olt, %3, %cst_27 : f32
      %59 = arith.select %55, %cst_27, %56 : f32
      %60 = arith.subf %cst_24, %59 : f32
      %61 = arith.cmpf olt, %46, %cst_1 : f32
      %62 = arith.subf %cst_1, %57 : f32
      %63 = arith.select %58, %60, %59 : f32
      %64 = arith.select %61, %62, %63 : f32
      %inserted = tensor.insert %64 into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before LowerXlaToScfPass: xla-lower-xla-to-scf{warp_size=32} ('func.func' operation: @select_select_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<64x1024xf32>
      %extracted_28 = tensor.extract %arg1[%rb] : tensor<1024xf32>
      %1 = arith.addf %extracted, %extracted_28 : f32
      %2 = arith.negf %1 : f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.mulf %3, %3 : f32
      %5 = arith.divf %cst_1, %4 : f32
      %6 = arith.mulf %5, %cst : f32
      %7 = arith.addf %6, %cst_2 : f32
      %8 = arith.mulf %7, %5 : f32
      %9 = arith.mulf %5, %cst_3 : f32
      %10 = arith.addf %8, %cst_4 : f32
      %11 = arith.addf %9, %cst_5 : f32
      %12 = arith.mulf %10, %5 : f32
      %13 = arith.mulf %11, %5 : f32
      %14 = arith.addf %12, %cst_6 : f32
      %15 = arith.addf %13, %cst_7 : f32
      %16 = arith.mulf %4, %cst_8 : f32
      %17 = arith.mulf %14, %5 : f32
      %18 = arith.mulf %15, %5 : f32
      %19 = arith.addf %16, %cst_9 : f32
      %20 = arith.addf %17, %cst_10 : f32
      %21 = arith.addf %18, %cst_11 : f32
      %22 = arith.mulf %19, %4 : f32
      %23 = arith.mulf %20, %5 : f32
      %24 = arith.mulf %21, %5 : f32
      %25 = arith.addf %22, %cst_12 : f32
      %26 = arith.addf %23, %cst_13 : f32
      %27 = arith.addf %24, %cst_14 : f32
      %28 = arith.mulf %25, %4 : f32
      %29 = arith.mulf %26, %5 : f32
      %30 = arith.mulf %27, %5 : f32
      %31 = arith.addf %28, %cst_15 : f32
      %32 = arith.addf %29, %cst_16 : f32
      %33 = arith.addf %30, %cst_17 : f32
      %34 = arith.mulf %31, %4 : f32
      %35 = arith.mulf %32, %5 : f32
      %36 = arith.mulf %33, %5 : f32
      %37 = arith.addf %34, %cst_18 : f32
      %38 = arith.addf %35, %cst_19 : f32
      %39 = arith.addf %36, %cst_20 : f32
      %40 = arith.mulf %37, %4 : f32
      %41 = arith.mulf %38, %5 : f32
      %42 = arith.mulf %39, %5 : f32
      %43 = arith.addf %40, %cst_21 : f32
      %44 = arith.negf %4 : f32
      %45 = math.exp %44 : f32
      %46 = math.absf %3 : f32
      %47 = arith.divf %cst_1, %46 : f32
      %48 = arith.cmpf olt, %46, %cst_24 : f32
      %49 = arith.addf %41, %cst_22 : f32
      %50 = arith.addf %42, %cst_23 : f32
      %51 = arith.mulf %43, %4 : f32
      %52 = arith.mulf %45, %47 : f32
      %53 = arith.select %48, %49, %50 : f32
      %54 = arith.addf %51, %cst_25 : f32
      %55 = arith.cmpf olt, %44, %cst_26 : f32
      %56 = arith.mulf %52, %53 : f32
      %57 = arith.mulf %3, %54 : f32
      %58 = arith.cmpf olt, %3, %cst_27 : f32
      %59 = arith.select %55, %cst_27, %56 : f32
      %60 = arith.subf %cst_24, %59 : f32
      %61 = arith.cmpf olt, %46, %cst_1 : f32
      %62 = arith.subf %cst_1, %57 : f32
      %63 = arith.select %58, %60, %59 : f32
      %64 = arith.select %61, %62, %63 : f32
      %inserted = tensor.insert %64 into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<64x1024xf32>
      %extracted_28 = tensor.extract %arg1[%rb] : tensor<1024xf32>
      %1 = arith.addf %extracted, %extracted_28 : f32
      %2 = arith.negf %1 : f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.mulf %3, %3 : f32
      %5 = arith.divf %cst_1, %4 : f32
      %6 = arith.mulf %5, %cst : f32
      %7 = arith.addf %6, %cst_2 : f32
      %8 = arith.mulf %7, %5 : f32
      %9 = arith.mulf %5, %cst_3 : f32
      %10 = arith.addf %8, %cst_4 : f32
      %11 = arith.addf %9, %cst_5 : f32
      %12 = arith.mulf %10, %5 : f32
      %13 = arith.mulf %11, %5 : f32
      %14 = arith.addf %12, %cst_6 : f32
      %15 = arith.addf %13, %cst_7 : f32
      %16 = arith.mulf %4, %cst_8 : f32
      %17 = arith.mulf %14, %5 : f32
      %18 = arith.mulf %15, %5 : f32
      %19 = arith.addf %16, %cst_9 : f32
      %20 = arith.addf %17, %cst_10 : f32
      %21 = arith.addf %18, %cst_11 : f32
      %22 = arith.mulf %19, %4 : f32
      %23 = arith.mulf %20, %5 : f32
      %24 = arith.mulf %21, %5 : f32
      %25 = arith.addf %22, %cst_12 : f32
      %26 = arith.addf %23, %cst_13 : f32
      %27 = arith.addf %24, %cst_14 : f32
      %28 = arith.mulf %25, %4 : f32
      %29 = arith.mulf %26, %5 : f32
      %30 = arith.mulf %27, %5 : f32
      %31 = arith.addf %28, %cst_15 : f32
      %32 = arith.addf %29, %cst_16 : f32
      %33 = arith.addf %30, %cst_17 : f32
      %34 = arith.mulf %31, %4 : f32
      %35 = arith.mulf %32, %5 : f32
      %36 = arith.mulf %33, %5 : f32
      %37 = arith.addf %34, %cst_18 : f32
      %38 = arith.addf %35, %cst_19 : f32
      %39 = arith.addf %36, %cst_20 : f32
      %40 = arith.mulf %37, %4 : f32
      %41 = arith.mulf %38, %5 : f32
      %42 = arith.mulf %39, %5 : f32
      %43 = arith.addf %40, %cst_21 : f32
      %44 = arith.negf %4 : f32
      %45 = math.exp %44 : f32
      %46 = math.absf %3 : f32
      %47 = arith.divf %cst_1, %46 : f32
      %48 = arith.cmpf olt, %46, %cst_24 : f32
      %49 = arith.addf %41, %cst_22 : f32
      %50 = arith.addf %42, %cst_23 : f32
      %51 = arith.mulf %43, %4 : f32
      %52 = arith.mulf %45, %47 : f32
      %53 = arith.select %48, %49, %50 : f32
      %54 = arith.addf %51, %cst_25 : f32
      %55 = arith.cmpf olt, %44, %cst_26 : f32
      %56 = arith.mulf %52, %53 : f32
      %57 = arith.mulf %3, %54 : f32
      %58 = arith.cmpf olt, %3, %cst_27 : f32
      %59 = arith.select %55, %cst_27, %56 : f32
      %60 = arith.subf %cst_24, %59 : f32
      %61 = arith.cmpf olt, %46, %cst_1 : f32
      %62 = arith.subf %cst_1, %57 : f32
      %63 = arith.select %58, %60, %59 : f32
      %64 = arith.select %61, %62, %63 : f32
      %inserted = tensor.insert %64 into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<64x1024xf32>
      %extracted_28 = tensor.extract %arg1[%rb] : tensor<1024xf32>
      %1 = arith.addf %extracted, %extracted_28 : f32
      %2 = arith.negf %1 : f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.mulf %3, %3 : f32
      %5 = arith.divf %cst_1, %4 : f32
      %6 = arith.mulf %5, %cst : f32
      %7 = arith.addf %6, %cst_2 : f32
      %8 = arith.mulf %7, %5 : f32
      %9 = arith.mulf %5, %cst_3 : f32
      %10 = arith.addf %8, %cst_4 : f32
      %11 = arith.addf %9, %cst_5 : f32
      %12 = arith.mulf %10, %5 : f32
      %13 = arith.mulf %11, %5 : f32
      %14 = arith.addf %12, %cst_6 : f32
      %15 = arith.addf %13, %cst_7 : f32
      %16 = arith.mulf %4, %cst_8 : f32
      %17 = arith.mulf %14, %5 : f32
      %18 = arith.mulf %15, %5 : f32
      %19 = arith.addf %16, %cst_9 : f32
      %20 = arith.addf %17, %cst_10 : f32
      %21 = arith.addf %18, %cst_11 : f32
      %22 = arith.mulf %19, %4 : f32
      %23 = arith.mulf %20, %5 : f32
      %24 = arith.mulf %21, %5 : f32
      %25 = arith.addf %22, %cst_12 : f32
      %26 = arith.addf %23, %cst_13 : f32
      %27 = arith.addf %24, %cst_14 : f32
      %28 = arith.mulf %25, %4 : f32
      %29 = arith.mulf %26, %5 : f32
      %30 = arith.mulf %27, %5 : f32
      %31 = arith.addf %28, %cst_15 : f32
      %32 = arith.addf %29, %cst_16 : f32
      %33 = arith.addf %30, %cst_17 : f32
      %34 = arith.mulf %31, %4 : f32
      %35 = arith.mulf %32, %5 : f32
      %36 = arith.mulf %33, %5 : f32
      %37 = arith.addf %34, %cst_18 : f32
      %38 = arith.addf %35, %cst_19 : f32
      %39 = arith.addf %36, %cst_20 : f32
      %40 = arith.mulf %37, %4 : f32
      %41 = arith.mulf %38, %5 : f32
      %42 = arith.mulf %39, %5 : f32
      %43 = arith.addf %40, %cst_21 : f32
      %44 = arith.negf %4 : f32
      %45 = math.exp %44 : f32
      %46 = math.absf %3 : f32
      %47 = arith.divf %cst_1, %46 : f32
      %48 = arith.cmpf olt, %46, %cst_24 : f32
      %49 = arith.addf %41, %cst_22 : f32
      %50 = arith.addf %42, %cst_23 : f32
      %51 = arith.mulf %43, %4 : f32
      %52 = arith.mulf %45, %47 : f32
      %53 = arith.select %48, %49, %50 : f32
      %54 = arith.addf %51, %cst_25 : f32
      %55 = arith.cmpf olt, %44, %cst_26 : f32
      %56 = arith.mulf %52, %53 : f32
      %57 = arith.mulf %3, %54 : f32
      %58 = arith.cmpf olt, %3, %cst_27 : f32
      %59 = arith.select %55, %cst_27, %56 : f32
      %60 = arith.subf %cst_24, %59 : f32
      %61 = arith.cmpf olt, %46, %cst_1 : f32
      %62 = arith.subf %cst_1, %57 : f32
      %63 = arith.select %58, %60, %59 : f32
      %64 = arith.select %61, %62, %63 : f32
      %inserted = tensor.insert %64 into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before LowerXlaLoopsToScfPass: xla-lower-xla-loops-to-scf ('func.func' operation: @select_select_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<64x1024xf32>
      %extracted_28 = tensor.extract %arg1[%rb] : tensor<1024xf32>
      %1 = arith.addf %extracted, %extracted_28 : f32
      %2 = arith.negf %1 : f32
      %3 = arith.mulf %2, %cst_0 : f32
      %4 = arith.mulf %3, %3 : f32
      %5 = arith.divf %cst_1, %4 : f32
      %6 = arith.mulf %5, %cst : f32
      %7 = arith.addf %6, %cst_2 : f32
      %8 = arith.mulf %7, %5 : f32
      %9 = arith.mulf %5, %cst_3 : f32
      %10 = arith.addf %8, %cst_4 : f32
      %11 = arith.addf %9, %cst_5 : f32
      %12 = arith.mulf %10, %5 : f32
      %13 = arith.mulf %11, %5 : f32
      %14 = arith.addf %12, %cst_6 : f32
      %15 = arith.addf %13, %cst_7 : f32
      %16 = arith.mulf %4, %cst_8 : f32
      %17 = arith.mulf %14, %5 : f32
      %18 = arith.mulf %15, %5 : f32
      %19 = arith.addf %16, %cst_9 : f32
      %20 = arith.addf %17, %cst_10 : f32
      %21 = arith.addf %18, %cst_11 : f32
      %22 = arith.mulf %19, %4 : f32
      %23 = arith.mulf %20, %5 : f32
      %24 = arith.mulf %21, %5 : f32
      %25 = arith.addf %22, %cst_12 : f32
      %26 = arith.addf %23, %cst_13 : f32
      %27 = arith.addf %24, %cst_14 : f32
      %28 = arith.mulf %25, %4 : f32
      %29 = arith.mulf %26, %5 : f32
      %30 = arith.mulf %27, %5 : f32
      %31 = arith.addf %28, %cst_15 : f32
      %32 = arith.addf %29, %cst_16 : f32
      %33 = arith.addf %30, %cst_17 : f32
      %34 = arith.mulf %31, %4 : f32
      %35 = arith.mulf %32, %5 : f32
      %36 = arith.mulf %33, %5 : f32
      %37 = arith.addf %34, %cst_18 : f32
      %38 = arith.addf %35, %cst_19 : f32
      %39 = arith.addf %36, %cst_20 : f32
      %40 = arith.mulf %37, %4 : f32
      %41 = arith.mulf %38, %5 : f32
      %42 = arith.mulf %39, %5 : f32
      %43 = arith.addf %40, %cst_21 : f32
      %44 = arith.negf %4 : f32
      %45 = math.exp %44 : f32
      %46 = math.absf %3 : f32
      %47 = arith.divf %cst_1, %46 : f32
      %48 = arith.cmpf olt, %46, %cst_24 : f32
      %49 = arith.addf %41, %cst_22 : f32
      %50 = arith.addf %42, %cst_23 : f32
      %51 = arith.mulf %43, %4 : f32
      %52 = arith.mulf %45, %47 : f32
      %53 = arith.select %48, %49, %50 : f32
      %54 = arith.addf %51, %cst_25 : f32
      %55 = arith.cmpf olt, %44, %cst_26 : f32
      %56 = arith.mulf %52, %53 : f32
      %57 = arith.mulf %3, %54 : f32
      %58 = arith.cmpf olt, %3, %cst_27 : f32
      %59 = arith.select %55, %cst_27, %56 : f32
      %60 = arith.subf %cst_24, %59 : f32
      %61 = arith.cmpf olt, %46, %cst_1 : f32
      %62 = arith.subf %cst_1, %57 : f32
      %63 = arith.select %58, %60, %59 : f32
      %64 = arith.select %61, %62, %63 : f32
      %inserted = tensor.insert %64 into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before StablehloConvertToSignlessPass: stablehlo-convert-to-signless ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = scf.for %arg3 = %c0 to %c32 step %c1 iter_args(%arg4 = %arg2) -> (tensor<64x1024xf32>) {
      %2 = scf.for %arg5 = %c0 to %c1024 step %c1 iter_args(%arg6 = %arg4) -> (tensor<64x1024xf32>) {
        %3 = arith.cmpi sge, %0, %c0 : index
        %4 = arith.cmpi sle, %0, %c1 : index
        %5 = arith.andi %3, %4 : i1
        %6 = scf.if %5 -> (tensor<64x1024xf32>) {
          %7 = xla.apply_indexing #indexing_map(%0)[%arg3, %arg5]
          %extracted = tensor.extract %arg0[%7, %arg5] : tensor<64x1024xf32>
          %extracted_28 = tensor.extract %arg1[%arg5] : tensor<1024xf32>
          %8 = arith.addf %extracted, %extracted_28 : f32
          %9 = arith.negf %8 : f32
          %10 = arith.mulf %9, %cst_0 : f32
          %11 = arith.mulf %10, %10 : f32
          %12 = arith.divf %cst_1, %11 : f32
          %13 = arith.mulf %12, %cst : f32
          %14 = arith.addf %13, %cst_2 : f32
          %15 = arith.mulf %14, %12 : f32
          %16 = arith.mulf %12, %cst_3 : f32
          %17 = arith.addf %15, %cst_4 : f32
          %18 = arith.addf %16, %cst_5 : f32
          %19 = arith.mulf %17, %12 : f32
          %20 = arith.mulf %18, %12 : f32
          %21 = arith.addf %19, %cst_6 : f32
          %22 = arith.addf %20, %cst_7 : f32
          %23 = arith.mulf %11, %cst_8 : f32
          %24 = arith.mulf %21, %12 : f32
          %25 = arith.mulf %22, %12 : f32
          %26 = arith.addf %23, %cst_9 : f32
          %27 = arith.addf %24, %cst_10 : f32
          %28 = arith.addf %25, %cst_11 : f32
          %29 = arith.mulf %26, %11 : f32
          %30 = arith.mulf %27, %12 : f32
          %31 = arith.mulf %28, %12 : f32
          %32 = arith.addf %29, %cst_12 : f32
          %33 = arith.addf %30, %cst_13 : f32
          %34 = arith.addf %31, %cst_14 : f32
          %35 = arith.mulf %32, %11 : f32
          %36 = arith.mulf %33, %12 : f32
          %37 = arith.mulf %34, %12 : f32
          %38 = arith.addf %35, %cst_15 : f32
          %39 = arith.addf %36, %cst_16 : f32
          %40 = arith.addf %37, %cst_17 : f32
          %41 = arith.mulf %38, %11 : f32
          %42 = arith.mulf %39, %12 : f32
          %43 = arith.mulf %40, %12 : f32
          %44 = arith.addf %41, %cst_18 : f32
          %45 = arith.addf %42, %cst_19 : f32
          %46 = arith.addf %43, %cst_20 : f32
          %47 = arith.mulf %44, %11 : f32
          %48 = arith.mulf %45, %12 : f32
          %49 = arith.mulf %46, %12 : f32
          %50 = arith.addf %47, %cst_21 : f32
          %51 = arith.negf %11 : f32
          %52 = math.exp %51 : f32
          %53 = math.absf %10 : f32
          %54 = arith.divf %cst_1, %53 : f32
          %55 = arith.cmpf olt, %53, %cst_24 : f32
          %56 = arith.addf %48, %cst_22 : f32
          %57 = arith.addf %49, %cst_23 : f32
          %58 = arith.mulf %50, %11 : f32
          %59 = arith.mulf %52, %54 : f32
          %60 = arith.select %55, %56, %57 : f32
          %61 = arith.addf %58, %cst_25 : f32
          %62 = arith.cmpf olt, %51, %cst_26 : f32
          %63 = arith.mulf %59, %60 : f32
          %64 = arith.mulf %10, %61 : f32
          %65 = arith.cmpf olt, %10, %cst_27 : f32
          %66 = arith.select %62, %cst_27, %63 : f32
          %67 = arith.subf %cst_24, %66 : f32
          %68 = arith.cmpf olt, %53, %cst_1 : f32
          %69 = arith.subf %cst_1, %64 : f32
          %70 = arith.select %65, %67, %66 : f32
          %71 = arith.select %68, %69, %70 : f32
          %inserted = tensor.insert %71 into %arg6[%7, %arg5] : tensor<64x1024xf32>
          scf.yield %inserted : tensor<64x1024xf32>
        } else {
          scf.yield %arg6 : tensor<64x1024xf32>
        }
        scf.yield %6 : tensor<64x1024xf32>
      }
      scf.yield %2 : tensor<64x1024xf32>
    }
    return %1 : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before PropagateSliceIndicesPass: xla-propagate-slice-indices ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = scf.for %arg3 = %c0 to %c32 step %c1 iter_args(%arg4 = %arg2) -> (tensor<64x1024xf32>) {
      %2 = scf.for %arg5 = %c0 to %c1024 step %c1 iter_args(%arg6 = %arg4) -> (tensor<64x1024xf32>) {
        %3 = arith.cmpi sge, %0, %c0 : index
        %4 = arith.cmpi sle, %0, %c1 : index
        %5 = arith.andi %3, %4 : i1
        %6 = scf.if %5 -> (tensor<64x1024xf32>) {
          %7 = xla.apply_indexing #indexing_map(%0)[%arg3, %arg5]
          %extracted = tensor.extract %arg0[%7, %arg5] : tensor<64x1024xf32>
          %extracted_28 = tensor.extract %arg1[%arg5] : tensor<1024xf32>
          %8 = arith.addf %extracted, %extracted_28 : f32
          %9 = arith.negf %8 : f32
          %10 = arith.mulf %9, %cst_0 : f32
          %11 = arith.mulf %10, %10 : f32
          %12 = arith.divf %cst_1, %11 : f32
          %13 = arith.mulf %12, %cst : f32
          %14 = arith.addf %13, %cst_2 : f32
          %15 = arith.mulf %14, %12 : f32
          %16 = arith.mulf %12, %cst_3 : f32
          %17 = arith.addf %15, %cst_4 : f32
          %18 = arith.addf %16, %cst_5 : f32
          %19 = arith.mulf %17, %12 : f32
          %20 = arith.mulf %18, %12 : f32
          %21 = arith.addf %19, %cst_6 : f32
          %22 = arith.addf %20, %cst_7 : f32
          %23 = arith.mulf %11, %cst_8 : f32
          %24 = arith.mulf %21, %12 : f32
          %25 = arith.mulf %22, %12 : f32
          %26 = arith.addf %23, %cst_9 : f32
          %27 = arith.addf %24, %cst_10 : f32
          %28 = arith.addf %25, %cst_11 : f32
          %29 = arith.mulf %26, %11 : f32
          %30 = arith.mulf %27, %12 : f32
          %31 = arith.mulf %28, %12 : f32
          %32 = arith.addf %29, %cst_12 : f32
          %33 = arith.addf %30, %cst_13 : f32
          %34 = arith.addf %31, %cst_14 : f32
          %35 = arith.mulf %32, %11 : f32
          %36 = arith.mulf %33, %12 : f32
          %37 = arith.mulf %34, %12 : f32
          %38 = arith.addf %35, %cst_15 : f32
          %39 = arith.addf %36, %cst_16 : f32
          %40 = arith.addf %37, %cst_17 : f32
          %41 = arith.mulf %38, %11 : f32
          %42 = arith.mulf %39, %12 : f32
          %43 = arith.mulf %40, %12 : f32
          %44 = arith.addf %41, %cst_18 : f32
          %45 = arith.addf %42, %cst_19 : f32
          %46 = arith.addf %43, %cst_20 : f32
          %47 = arith.mulf %44, %11 : f32
          %48 = arith.mulf %45, %12 : f32
          %49 = arith.mulf %46, %12 : f32
          %50 = arith.addf %47, %cst_21 : f32
          %51 = arith.negf %11 : f32
          %52 = math.exp %51 : f32
          %53 = math.absf %10 : f32
          %54 = arith.divf %cst_1, %53 : f32
          %55 = arith.cmpf olt, %53, %cst_24 : f32
          %56 = arith.addf %48, %cst_22 : f32
          %57 = arith.addf %49, %cst_23 : f32
          %58 = arith.mulf %50, %11 : f32
          %59 = arith.mulf %52, %54 : f32
          %60 = arith.select %55, %56, %57 : f32
          %61 = arith.addf %58, %cst_25 : f32
          %62 = arith.cmpf olt, %51, %cst_26 : f32
          %63 = arith.mulf %59, %60 : f32
          %64 = arith.mulf %10, %61 : f32
          %65 = arith.cmpf olt, %10, %cst_27 : f32
          %66 = arith.select %62, %cst_27, %63 : f32
          %67 = arith.subf %cst_24, %66 : f32
          %68 = arith.cmpf olt, %53, %cst_1 : f32
          %69 = arith.subf %cst_1, %64 : f32
          %70 = arith.select %65, %67, %66 : f32
          %71 = arith.select %68, %69, %70 : f32
          %inserted = tensor.insert %71 into %arg6[%7, %arg5] : tensor<64x1024xf32>
          scf.yield %inserted : tensor<64x1024xf32>
        } else {
          scf.yield %arg6 : tensor<64x1024xf32>
        }
        scf.yield %6 : tensor<64x1024xf32>
      }
      scf.yield %2 : tensor<64x1024xf32>
    }
    return %1 : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before FlattenTensorsPass: xla-flatten-tensors ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 32 + s0), domain: bl_x in [0, 1], s0 in [0, 31], s1 in [0, 1023]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = scf.for %arg3 = %c0 to %c32 step %c1 iter_args(%arg4 = %arg2) -> (tensor<64x1024xf32>) {
      %2 = scf.for %arg5 = %c0 to %c1024 step %c1 iter_args(%arg6 = %arg4) -> (tensor<64x1024xf32>) {
        %3 = arith.cmpi sge, %0, %c0 : index
        %4 = arith.cmpi sle, %0, %c1 : index
        %5 = arith.andi %3, %4 : i1
        %6 = scf.if %5 -> (tensor<64x1024xf32>) {
          %7 = xla.apply_indexing #indexing_map(%0)[%arg3, %arg5]
          %extracted = tensor.extract %arg0[%7, %arg5] : tensor<64x1024xf32>
          %extracted_28 = tensor.extract %arg1[%arg5] : tensor<1024xf32>
          %8 = arith.addf %extracted, %extracted_28 : f32
          %9 = arith.negf %8 : f32
          %10 = arith.mulf %9, %cst_0 : f32
          %11 = arith.mulf %10, %10 : f32
          %12 = arith.divf %cst_1, %11 : f32
          %13 = arith.mulf %12, %cst : f32
          %14 = arith.addf %13, %cst_2 : f32
          %15 = arith.mulf %14, %12 : f32
          %16 = arith.mulf %12, %cst_3 : f32
          %17 = arith.addf %15, %cst_4 : f32
          %18 = arith.addf %16, %cst_5 : f32
          %19 = arith.mulf %17, %12 : f32
          %20 = arith.mulf %18, %12 : f32
          %21 = arith.addf %19, %cst_6 : f32
          %22 = arith.addf %20, %cst_7 : f32
          %23 = arith.mulf %11, %cst_8 : f32
          %24 = arith.mulf %21, %12 : f32
          %25 = arith.mulf %22, %12 : f32
          %26 = arith.addf %23, %cst_9 : f32
          %27 = arith.addf %24, %cst_10 : f32
          %28 = arith.addf %25, %cst_11 : f32
          %29 = arith.mulf %26, %11 : f32
          %30 = arith.mulf %27, %12 : f32
          %31 = arith.mulf %28, %12 : f32
          %32 = arith.addf %29, %cst_12 : f32
          %33 = arith.addf %30, %cst_13 : f32
          %34 = arith.addf %31, %cst_14 : f32
          %35 = arith.mulf %32, %11 : f32
          %36 = arith.mulf %33, %12 : f32
          %37 = arith.mulf %34, %12 : f32
          %38 = arith.addf %35, %cst_15 : f32
          %39 = arith.addf %36, %cst_16 : f32
          %40 = arith.addf %37, %cst_17 : f32
          %41 = arith.mulf %38, %11 : f32
          %42 = arith.mulf %39, %12 : f32
          %43 = arith.mulf %40, %12 : f32
          %44 = arith.addf %41, %cst_18 : f32
          %45 = arith.addf %42, %cst_19 : f32
          %46 = arith.addf %43, %cst_20 : f32
          %47 = arith.mulf %44, %11 : f32
          %48 = arith.mulf %45, %12 : f32
          %49 = arith.mulf %46, %12 : f32
          %50 = arith.addf %47, %cst_21 : f32
          %51 = arith.negf %11 : f32
          %52 = math.exp %51 : f32
          %53 = math.absf %10 : f32
          %54 = arith.divf %cst_1, %53 : f32
          %55 = arith.cmpf olt, %53, %cst_24 : f32
          %56 = arith.addf %48, %cst_22 : f32
          %57 = arith.addf %49, %cst_23 : f32
          %58 = arith.mulf %50, %11 : f32
          %59 = arith.mulf %52, %54 : f32
          %60 = arith.select %55, %56, %57 : f32
          %61 = arith.addf %58, %cst_25 : f32
          %62 = arith.cmpf olt, %51, %cst_26 : f32
          %63 = arith.mulf %59, %60 : f32
          %64 = arith.mulf %10, %61 : f32
          %65 = arith.cmpf olt, %10, %cst_27 : f32
          %66 = arith.select %62, %cst_27, %63 : f32
          %67 = arith.subf %cst_24, %66 : f32
          %68 = arith.cmpf olt, %53, %cst_1 : f32
          %69 = arith.subf %cst_1, %64 : f32
          %70 = arith.select %65, %67, %66 : f32
          %71 = arith.select %68, %69, %70 : f32
          %inserted = tensor.insert %71 into %arg6[%7, %arg5] : tensor<64x1024xf32>
          scf.yield %inserted : tensor<64x1024xf32>
        } else {
          scf.yield %arg6 : tensor<64x1024xf32>
        }
        scf.yield %6 : tensor<64x1024xf32>
      }
      scf.yield %2 : tensor<64x1024xf32>
    }
    return %1 : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1024 = arith.constant 1024 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = scf.for %arg3 = %c0 to %c32 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
      %2 = scf.for %arg5 = %c0 to %c1024 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
        %3 = arith.cmpi sge, %0, %c0 : index
        %4 = arith.cmpi sle, %0, %c1 : index
        %5 = arith.andi %3, %4 : i1
        %6 = scf.if %5 -> (tensor<65536xf32>) {
          %7 = xla.apply_indexing #indexing_map(%arg5, %0, %arg3)
          %extracted = tensor.extract %arg0[%7] : tensor<65536xf32>
          %extracted_28 = tensor.extract %arg1[%arg5] : tensor<1024xf32>
          %8 = arith.addf %extracted, %extracted_28 : f32
          %9 = arith.negf %8 : f32
          %10 = arith.mulf %9, %cst_26 : f32
          %11 = arith.mulf %10, %10 : f32
          %12 = arith.divf %cst_25, %11 : f32
          %13 = arith.mulf %12, %cst_27 : f32
          %14 = arith.addf %13, %cst_24 : f32
          %15 = arith.mulf %14, %12 : f32
          %16 = arith.mulf %12, %cst_23 : f32
          %17 = arith.addf %15, %cst_22 : f32
          %18 = arith.addf %16, %cst_21 : f32
          %19 = arith.mulf %17, %12 : f32
          %20 = arith.mulf %18, %12 : f32
          %21 = arith.addf %19, %cst_20 : f32
          %22 = arith.addf %20, %cst_19 : f32
          %23 = arith.mulf %11, %cst_18 : f32
          %24 = arith.mulf %21, %12 : f32
          %25 = arith.mulf %22, %12 : f32
          %26 = arith.addf %23, %cst_17 : f32
          %27 = arith.addf %24, %cst_16 : f32
          %28 = arith.addf %25, %cst_15 : f32
          %29 = arith.mulf %26, %11 : f32
          %30 = arith.mulf %27, %12 : f32
          %31 = arith.mulf %28, %12 : f32
          %32 = arith.addf %29, %cst_14 : f32
          %33 = arith.addf %30, %cst_13 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.mulf %32, %11 : f32
          %36 = arith.mulf %33, %12 : f32
          %37 = arith.mulf %34, %12 : f32
          %38 = arith.addf %35, %cst_11 : f32
          %39 = arith.addf %36, %cst_10 : f32
          %40 = arith.addf %37, %cst_9 : f32
          %41 = arith.mulf %38, %11 : f32
          %42 = arith.mulf %39, %12 : f32
          %43 = arith.mulf %40, %12 : f32
          %44 = arith.addf %41, %cst_8 : f32
          %45 = arith.addf %42, %cst_7 : f32
          %46 = arith.addf %43, %cst_6 : f32
          %47 = arith.mulf %44, %11 : f32
          %48 = arith.mulf %45, %12 : f32
          %49 = arith.mulf %46, %12 : f32
          %50 = arith.addf %47, %cst_5 : f32
          %51 = arith.negf %11 : f32
          %52 = math.exp %51 : f32
          %53 = math.absf %10 : f32
          %54 = arith.divf %cst_25, %53 : f32
          %55 = arith.cmpf olt, %53, %cst_2 : f32
          %56 = arith.addf %48, %cst_4 : f32
          %57 = arith.addf %49, %cst_3 : f32
          %58 = arith.mulf %50, %11 : f32
          %59 = arith.mulf %52, %54 : f32
          %60 = arith.select %55, %56, %57 : f32
          %61 = arith.addf %58, %cst_1 : f32
          %62 = arith.cmpf olt, %51, %cst_0 : f32
          %63 = arith.mulf %59, %60 : f32
          %64 = arith.mulf %10, %61 : f32
          %65 = arith.cmpf olt, %10, %cst : f32
          %66 = arith.select %62, %cst, %63 : f32
          %67 = arith.subf %cst_2, %66 : f32
          %68 = arith.cmpf olt, %53, %cst_25 : f32
          %69 = arith.subf %cst_25, %64 : f32
          %70 = arith.select %65, %67, %66 : f32
          %71 = arith.select %68, %69, %70 : f32
          %72 = xla.apply_indexing #indexing_map(%arg5, %0, %arg3)
          %inserted = tensor.insert %71 into %arg6[%72] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        } else {
          scf.yield %arg6 : tensor<65536xf32>
        }
        scf.yield %6 : tensor<65536xf32>
      }
      scf.yield %2 : tensor<65536xf32>
    }
    return %1 : tensor<65536xf32>
  }
}


// -----// IR Dump Before UnswitchLoopsPass: xla-unswitch-loops ('func.func' operation: @select_select_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1024 = arith.constant 1024 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.for %arg3 = %c0 to %c32 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
      %5 = scf.for %arg5 = %c0 to %c1024 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
        %6 = scf.if %3 -> (tensor<65536xf32>) {
          %7 = xla.apply_indexing #indexing_map(%arg5, %0, %arg3)
          %extracted = tensor.extract %arg0[%7] : tensor<65536xf32>
          %extracted_28 = tensor.extract %arg1[%arg5] : tensor<1024xf32>
          %8 = arith.addf %extracted, %extracted_28 : f32
          %9 = arith.negf %8 : f32
          %10 = arith.mulf %9, %cst_26 : f32
          %11 = arith.mulf %10, %10 : f32
          %12 = arith.divf %cst_25, %11 : f32
          %13 = arith.mulf %12, %cst_27 : f32
          %14 = arith.addf %13, %cst_24 : f32
          %15 = arith.mulf %14, %12 : f32
          %16 = arith.mulf %12, %cst_23 : f32
          %17 = arith.addf %15, %cst_22 : f32
          %18 = arith.addf %16, %cst_21 : f32
          %19 = arith.mulf %17, %12 : f32
          %20 = arith.mulf %18, %12 : f32
          %21 = arith.addf %19, %cst_20 : f32
          %22 = arith.addf %20, %cst_19 : f32
          %23 = arith.mulf %11, %cst_18 : f32
          %24 = arith.mulf %21, %12 : f32
          %25 = arith.mulf %22, %12 : f32
          %26 = arith.addf %23, %cst_17 : f32
          %27 = arith.addf %24, %cst_16 : f32
          %28 = arith.addf %25, %cst_15 : f32
          %29 = arith.mulf %26, %11 : f32
          %30 = arith.mulf %27, %12 : f32
          %31 = arith.mulf %28, %12 : f32
          %32 = arith.addf %29, %cst_14 : f32
          %33 = arith.addf %30, %cst_13 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.mulf %32, %11 : f32
          %36 = arith.mulf %33, %12 : f32
          %37 = arith.mulf %34, %12 : f32
          %38 = arith.addf %35, %cst_11 : f32
          %39 = arith.addf %36, %cst_10 : f32
          %40 = arith.addf %37, %cst_9 : f32
          %41 = arith.mulf %38, %11 : f32
          %42 = arith.mulf %39, %12 : f32
          %43 = arith.mulf %40, %12 : f32
          %44 = arith.addf %41, %cst_8 : f32
          %45 = arith.addf %42, %cst_7 : f32
          %46 = arith.addf %43, %cst_6 : f32
          %47 = arith.mulf %44, %11 : f32
          %48 = arith.mulf %45, %12 : f32
          %49 = arith.mulf %46, %12 : f32
          %50 = arith.addf %47, %cst_5 : f32
          %51 = arith.negf %11 : f32
          %52 = math.exp %51 : f32
          %53 = math.absf %10 : f32
          %54 = arith.divf %cst_25, %53 : f32
          %55 = arith.cmpf olt, %53, %cst_2 : f32
          %56 = arith.addf %48, %cst_4 : f32
          %57 = arith.addf %49, %cst_3 : f32
          %58 = arith.mulf %50, %11 : f32
          %59 = arith.mulf %52, %54 : f32
          %60 = arith.select %55, %56, %57 : f32
          %61 = arith.addf %58, %cst_1 : f32
          %62 = arith.cmpf olt, %51, %cst_0 : f32
          %63 = arith.mulf %59, %60 : f32
          %64 = arith.mulf %10, %61 : f32
          %65 = arith.cmpf olt, %10, %cst : f32
          %66 = arith.select %62, %cst, %63 : f32
          %67 = arith.subf %cst_2, %66 : f32
          %68 = arith.cmpf olt, %53, %cst_25 : f32
          %69 = arith.subf %cst_25, %64 : f32
          %70 = arith.select %65, %67, %66 : f32
          %71 = arith.select %68, %69, %70 : f32
          %72 = xla.apply_indexing #indexing_map(%arg5, %0, %arg3)
          %inserted = tensor.insert %71 into %arg6[%72] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        } else {
          scf.yield %arg6 : tensor<65536xf32>
        }
        scf.yield %6 : tensor<65536xf32>
      }
      scf.yield %5 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1024 = arith.constant 1024 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.if %3 -> (tensor<65536xf32>) {
      %5 = scf.for %arg3 = %c0 to %c32 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
        %6 = scf.for %arg5 = %c0 to %c1024 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
          %7 = xla.apply_indexing #indexing_map(%arg5, %0, %arg3)
          %extracted = tensor.extract %arg0[%7] : tensor<65536xf32>
          %extracted_28 = tensor.extract %arg1[%arg5] : tensor<1024xf32>
          %8 = arith.addf %extracted, %extracted_28 : f32
          %9 = arith.negf %8 : f32
          %10 = arith.mulf %9, %cst_26 : f32
          %11 = arith.mulf %10, %10 : f32
          %12 = arith.divf %cst_25, %11 : f32
          %13 = arith.mulf %12, %cst_27 : f32
          %14 = arith.addf %13, %cst_24 : f32
          %15 = arith.mulf %14, %12 : f32
          %16 = arith.mulf %12, %cst_23 : f32
          %17 = arith.addf %15, %cst_22 : f32
          %18 = arith.addf %16, %cst_21 : f32
          %19 = arith.mulf %17, %12 : f32
          %20 = arith.mulf %18, %12 : f32
          %21 = arith.addf %19, %cst_20 : f32
          %22 = arith.addf %20, %cst_19 : f32
          %23 = arith.mulf %11, %cst_18 : f32
          %24 = arith.mulf %21, %12 : f32
          %25 = arith.mulf %22, %12 : f32
          %26 = arith.addf %23, %cst_17 : f32
          %27 = arith.addf %24, %cst_16 : f32
          %28 = arith.addf %25, %cst_15 : f32
          %29 = arith.mulf %26, %11 : f32
          %30 = arith.mulf %27, %12 : f32
          %31 = arith.mulf %28, %12 : f32
          %32 = arith.addf %29, %cst_14 : f32
          %33 = arith.addf %30, %cst_13 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.mulf %32, %11 : f32
          %36 = arith.mulf %33, %12 : f32
          %37 = arith.mulf %34, %12 : f32
          %38 = arith.addf %35, %cst_11 : f32
          %39 = arith.addf %36, %cst_10 : f32
          %40 = arith.addf %37, %cst_9 : f32
          %41 = arith.mulf %38, %11 : f32
          %42 = arith.mulf %39, %12 : f32
          %43 = arith.mulf %40, %12 : f32
          %44 = arith.addf %41, %cst_8 : f32
          %45 = arith.addf %42, %cst_7 : f32
          %46 = arith.addf %43, %cst_6 : f32
          %47 = arith.mulf %44, %11 : f32
          %48 = arith.mulf %45, %12 : f32
          %49 = arith.mulf %46, %12 : f32
          %50 = arith.addf %47, %cst_5 : f32
          %51 = arith.negf %11 : f32
          %52 = math.exp %51 : f32
          %53 = math.absf %10 : f32
          %54 = arith.divf %cst_25, %53 : f32
          %55 = arith.cmpf olt, %53, %cst_2 : f32
          %56 = arith.addf %48, %cst_4 : f32
          %57 = arith.addf %49, %cst_3 : f32
          %58 = arith.mulf %50, %11 : f32
          %59 = arith.mulf %52, %54 : f32
          %60 = arith.select %55, %56, %57 : f32
          %61 = arith.addf %58, %cst_1 : f32
          %62 = arith.cmpf olt, %51, %cst_0 : f32
          %63 = arith.mulf %59, %60 : f32
          %64 = arith.mulf %10, %61 : f32
          %65 = arith.cmpf olt, %10, %cst : f32
          %66 = arith.select %62, %cst, %63 : f32
          %67 = arith.subf %cst_2, %66 : f32
          %68 = arith.cmpf olt, %53, %cst_25 : f32
          %69 = arith.subf %cst_25, %64 : f32
          %70 = arith.select %65, %67, %66 : f32
          %71 = arith.select %68, %69, %70 : f32
          %72 = xla.apply_indexing #indexing_map(%arg5, %0, %arg3)
          %inserted = tensor.insert %71 into %arg6[%72] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %6 : tensor<65536xf32>
      }
      scf.yield %5 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1024 = arith.constant 1024 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.if %3 -> (tensor<65536xf32>) {
      %5 = scf.for %arg3 = %c0 to %c32 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
        %6 = scf.for %arg5 = %c0 to %c1024 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
          %7 = xla.apply_indexing #indexing_map(%arg5, %0, %arg3)
          %extracted = tensor.extract %arg0[%7] : tensor<65536xf32>
          %extracted_28 = tensor.extract %arg1[%arg5] : tensor<1024xf32>
          %8 = arith.addf %extracted, %extracted_28 : f32
          %9 = arith.negf %8 : f32
          %10 = arith.mulf %9, %cst_26 : f32
          %11 = arith.mulf %10, %10 : f32
          %12 = arith.divf %cst_25, %11 : f32
          %13 = arith.mulf %12, %cst_27 : f32
          %14 = arith.addf %13, %cst_24 : f32
          %15 = arith.mulf %14, %12 : f32
          %16 = arith.mulf %12, %cst_23 : f32
          %17 = arith.addf %15, %cst_22 : f32
          %18 = arith.addf %16, %cst_21 : f32
          %19 = arith.mulf %17, %12 : f32
          %20 = arith.mulf %18, %12 : f32
          %21 = arith.addf %19, %cst_20 : f32
          %22 = arith.addf %20, %cst_19 : f32
          %23 = arith.mulf %11, %cst_18 : f32
          %24 = arith.mulf %21, %12 : f32
          %25 = arith.mulf %22, %12 : f32
          %26 = arith.addf %23, %cst_17 : f32
          %27 = arith.addf %24, %cst_16 : f32
          %28 = arith.addf %25, %cst_15 : f32
          %29 = arith.mulf %26, %11 : f32
          %30 = arith.mulf %27, %12 : f32
          %31 = arith.mulf %28, %12 : f32
          %32 = arith.addf %29, %cst_14 : f32
          %33 = arith.addf %30, %cst_13 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.mulf %32, %11 : f32
          %36 = arith.mulf %33, %12 : f32
          %37 = arith.mulf %34, %12 : f32
          %38 = arith.addf %35, %cst_11 : f32
          %39 = arith.addf %36, %cst_10 : f32
          %40 = arith.addf %37, %cst_9 : f32
          %41 = arith.mulf %38, %11 : f32
          %42 = arith.mulf %39, %12 : f32
          %43 = arith.mulf %40, %12 : f32
          %44 = arith.addf %41, %cst_8 : f32
          %45 = arith.addf %42, %cst_7 : f32
          %46 = arith.addf %43, %cst_6 : f32
          %47 = arith.mulf %44, %11 : f32
          %48 = arith.mulf %45, %12 : f32
          %49 = arith.mulf %46, %12 : f32
          %50 = arith.addf %47, %cst_5 : f32
          %51 = arith.negf %11 : f32
          %52 = math.exp %51 : f32
          %53 = math.absf %10 : f32
          %54 = arith.divf %cst_25, %53 : f32
          %55 = arith.cmpf olt, %53, %cst_2 : f32
          %56 = arith.addf %48, %cst_4 : f32
          %57 = arith.addf %49, %cst_3 : f32
          %58 = arith.mulf %50, %11 : f32
          %59 = arith.mulf %52, %54 : f32
          %60 = arith.select %55, %56, %57 : f32
          %61 = arith.addf %58, %cst_1 : f32
          %62 = arith.cmpf olt, %51, %cst_0 : f32
          %63 = arith.mulf %59, %60 : f32
          %64 = arith.mulf %10, %61 : f32
          %65 = arith.cmpf olt, %10, %cst : f32
          %66 = arith.select %62, %cst, %63 : f32
          %67 = arith.subf %cst_2, %66 : f32
          %68 = arith.cmpf olt, %53, %cst_25 : f32
          %69 = arith.subf %cst_25, %64 : f32
          %70 = arith.select %65, %67, %66 : f32
          %71 = arith.select %68, %69, %70 : f32
          %72 = xla.apply_indexing #indexing_map(%arg5, %0, %arg3)
          %inserted = tensor.insert %71 into %arg6[%72] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %6 : tensor<65536xf32>
      }
      scf.yield %5 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1024 = arith.constant 1024 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.if %3 -> (tensor<65536xf32>) {
      %5 = scf.for %arg3 = %c0 to %c32 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
        %6 = scf.for %arg5 = %c0 to %c1024 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
          %7 = xla.apply_indexing #indexing_map(%arg5, %0, %arg3)
          %extracted = tensor.extract %arg0[%7] : tensor<65536xf32>
          %extracted_28 = tensor.extract %arg1[%arg5] : tensor<1024xf32>
          %8 = arith.addf %extracted, %extracted_28 : f32
          %9 = arith.negf %8 : f32
          %10 = arith.mulf %9, %cst_26 : f32
          %11 = arith.mulf %10, %10 : f32
          %12 = arith.divf %cst_25, %11 : f32
          %13 = arith.mulf %12, %cst_27 : f32
          %14 = arith.addf %13, %cst_24 : f32
          %15 = arith.mulf %14, %12 : f32
          %16 = arith.mulf %12, %cst_23 : f32
          %17 = arith.addf %15, %cst_22 : f32
          %18 = arith.addf %16, %cst_21 : f32
          %19 = arith.mulf %17, %12 : f32
          %20 = arith.mulf %18, %12 : f32
          %21 = arith.addf %19, %cst_20 : f32
          %22 = arith.addf %20, %cst_19 : f32
          %23 = arith.mulf %11, %cst_18 : f32
          %24 = arith.mulf %21, %12 : f32
          %25 = arith.mulf %22, %12 : f32
          %26 = arith.addf %23, %cst_17 : f32
          %27 = arith.addf %24, %cst_16 : f32
          %28 = arith.addf %25, %cst_15 : f32
          %29 = arith.mulf %26, %11 : f32
          %30 = arith.mulf %27, %12 : f32
          %31 = arith.mulf %28, %12 : f32
          %32 = arith.addf %29, %cst_14 : f32
          %33 = arith.addf %30, %cst_13 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.mulf %32, %11 : f32
          %36 = arith.mulf %33, %12 : f32
          %37 = arith.mulf %34, %12 : f32
          %38 = arith.addf %35, %cst_11 : f32
          %39 = arith.addf %36, %cst_10 : f32
          %40 = arith.addf %37, %cst_9 : f32
          %41 = arith.mulf %38, %11 : f32
          %42 = arith.mulf %39, %12 : f32
          %43 = arith.mulf %40, %12 : f32
          %44 = arith.addf %41, %cst_8 : f32
          %45 = arith.addf %42, %cst_7 : f32
          %46 = arith.addf %43, %cst_6 : f32
          %47 = arith.mulf %44, %11 : f32
          %48 = arith.mulf %45, %12 : f32
          %49 = arith.mulf %46, %12 : f32
          %50 = arith.addf %47, %cst_5 : f32
          %51 = arith.negf %11 : f32
          %52 = math.exp %51 : f32
          %53 = math.absf %10 : f32
          %54 = arith.divf %cst_25, %53 : f32
          %55 = arith.cmpf olt, %53, %cst_2 : f32
          %56 = arith.addf %48, %cst_4 : f32
          %57 = arith.addf %49, %cst_3 : f32
          %58 = arith.mulf %50, %11 : f32
          %59 = arith.mulf %52, %54 : f32
          %60 = arith.select %55, %56, %57 : f32
          %61 = arith.addf %58, %cst_1 : f32
          %62 = arith.cmpf olt, %51, %cst_0 : f32
          %63 = arith.mulf %59, %60 : f32
          %64 = arith.mulf %10, %61 : f32
          %65 = arith.cmpf olt, %10, %cst : f32
          %66 = arith.select %62, %cst, %63 : f32
          %67 = arith.subf %cst_2, %66 : f32
          %68 = arith.cmpf olt, %53, %cst_25 : f32
          %69 = arith.subf %cst_25, %64 : f32
          %70 = arith.select %65, %67, %66 : f32
          %71 = arith.select %68, %69, %70 : f32
          %72 = xla.apply_indexing #indexing_map(%arg5, %0, %arg3)
          %inserted = tensor.insert %71 into %arg6[%72] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %6 : tensor<65536xf32>
      }
      scf.yield %5 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before AddLoopUnrollFlagsPass: xla-cpu-add-loop-unroll-flags{max_nested_iterations=1} ('func.func' operation: @select_select_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1024 = arith.constant 1024 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.if %3 -> (tensor<65536xf32>) {
      %5 = scf.for %arg3 = %c0 to %c32 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
        %6 = scf.for %arg5 = %c0 to %c1024 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
          %7 = xla.apply_indexing #indexing_map(%arg5, %0, %arg3)
          %extracted = tensor.extract %arg0[%7] : tensor<65536xf32>
          %extracted_28 = tensor.extract %arg1[%arg5] : tensor<1024xf32>
          %8 = arith.addf %extracted, %extracted_28 : f32
          %9 = arith.negf %8 : f32
          %10 = arith.mulf %9, %cst_26 : f32
          %11 = arith.mulf %10, %10 : f32
          %12 = arith.divf %cst_25, %11 : f32
          %13 = arith.mulf %12, %cst_27 : f32
          %14 = arith.addf %13, %cst_24 : f32
          %15 = arith.mulf %14, %12 : f32
          %16 = arith.mulf %12, %cst_23 : f32
          %17 = arith.addf %15, %cst_22 : f32
          %18 = arith.addf %16, %cst_21 : f32
          %19 = arith.mulf %17, %12 : f32
          %20 = arith.mulf %18, %12 : f32
          %21 = arith.addf %19, %cst_20 : f32
          %22 = arith.addf %20, %cst_19 : f32
          %23 = arith.mulf %11, %cst_18 : f32
          %24 = arith.mulf %21, %12 : f32
          %25 = arith.mulf %22, %12 : f32
          %26 = arith.addf %23, %cst_17 : f32
          %27 = arith.addf %24, %cst_16 : f32
          %28 = arith.addf %25, %cst_15 : f32
          %29 = arith.mulf %26, %11 : f32
          %30 = arith.mulf %27, %12 : f32
          %31 = arith.mulf %28, %12 : f32
          %32 = arith.addf %29, %cst_14 : f32
          %33 = arith.addf %30, %cst_13 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.mulf %32, %11 : f32
          %36 = arith.mulf %33, %12 : f32
          %37 = arith.mulf %34, %12 : f32
          %38 = arith.addf %35, %cst_11 : f32
          %39 = arith.addf %36, %cst_10 : f32
          %40 = arith.addf %37, %cst_9 : f32
          %41 = arith.mulf %38, %11 : f32
          %42 = arith.mulf %39, %12 : f32
          %43 = arith.mulf %40, %12 : f32
          %44 = arith.addf %41, %cst_8 : f32
          %45 = arith.addf %42, %cst_7 : f32
          %46 = arith.addf %43, %cst_6 : f32
          %47 = arith.mulf %44, %11 : f32
          %48 = arith.mulf %45, %12 : f32
          %49 = arith.mulf %46, %12 : f32
          %50 = arith.addf %47, %cst_5 : f32
          %51 = arith.negf %11 : f32
          %52 = math.exp %51 : f32
          %53 = math.absf %10 : f32
          %54 = arith.divf %cst_25, %53 : f32
          %55 = arith.cmpf olt, %53, %cst_2 : f32
          %56 = arith.addf %48, %cst_4 : f32
          %57 = arith.addf %49, %cst_3 : f32
          %58 = arith.mulf %50, %11 : f32
          %59 = arith.mulf %52, %54 : f32
          %60 = arith.select %55, %56, %57 : f32
          %61 = arith.addf %58, %cst_1 : f32
          %62 = arith.cmpf olt, %51, %cst_0 : f32
          %63 = arith.mulf %59, %60 : f32
          %64 = arith.mulf %10, %61 : f32
          %65 = arith.cmpf olt, %10, %cst : f32
          %66 = arith.select %62, %cst, %63 : f32
          %67 = arith.subf %cst_2, %66 : f32
          %68 = arith.cmpf olt, %53, %cst_25 : f32
          %69 = arith.subf %cst_25, %64 : f32
          %70 = arith.select %65, %67, %66 : f32
          %71 = arith.select %68, %69, %70 : f32
          %inserted = tensor.insert %71 into %arg6[%7] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %6 : tensor<65536xf32>
      }
      scf.yield %5 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before xla::cpu::ModuleCallbackPass: unknown<xla::cpu::ModuleCallbackPass> ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1024 = arith.constant 1024 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.if %3 -> (tensor<65536xf32>) {
      %5 = scf.for %arg3 = %c0 to %c32 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
        %6 = scf.for %arg5 = %c0 to %c1024 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
          %7 = xla.apply_indexing #indexing_map(%arg5, %0, %arg3)
          %extracted = tensor.extract %arg0[%7] : tensor<65536xf32>
          %extracted_28 = tensor.extract %arg1[%arg5] : tensor<1024xf32>
          %8 = arith.addf %extracted, %extracted_28 : f32
          %9 = arith.negf %8 : f32
          %10 = arith.mulf %9, %cst_26 : f32
          %11 = arith.mulf %10, %10 : f32
          %12 = arith.divf %cst_25, %11 : f32
          %13 = arith.mulf %12, %cst_27 : f32
          %14 = arith.addf %13, %cst_24 : f32
          %15 = arith.mulf %14, %12 : f32
          %16 = arith.mulf %12, %cst_23 : f32
          %17 = arith.addf %15, %cst_22 : f32
          %18 = arith.addf %16, %cst_21 : f32
          %19 = arith.mulf %17, %12 : f32
          %20 = arith.mulf %18, %12 : f32
          %21 = arith.addf %19, %cst_20 : f32
          %22 = arith.addf %20, %cst_19 : f32
          %23 = arith.mulf %11, %cst_18 : f32
          %24 = arith.mulf %21, %12 : f32
          %25 = arith.mulf %22, %12 : f32
          %26 = arith.addf %23, %cst_17 : f32
          %27 = arith.addf %24, %cst_16 : f32
          %28 = arith.addf %25, %cst_15 : f32
          %29 = arith.mulf %26, %11 : f32
          %30 = arith.mulf %27, %12 : f32
          %31 = arith.mulf %28, %12 : f32
          %32 = arith.addf %29, %cst_14 : f32
          %33 = arith.addf %30, %cst_13 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.mulf %32, %11 : f32
          %36 = arith.mulf %33, %12 : f32
          %37 = arith.mulf %34, %12 : f32
          %38 = arith.addf %35, %cst_11 : f32
          %39 = arith.addf %36, %cst_10 : f32
          %40 = arith.addf %37, %cst_9 : f32
          %41 = arith.mulf %38, %11 : f32
          %42 = arith.mulf %39, %12 : f32
          %43 = arith.mulf %40, %12 : f32
          %44 = arith.addf %41, %cst_8 : f32
          %45 = arith.addf %42, %cst_7 : f32
          %46 = arith.addf %43, %cst_6 : f32
          %47 = arith.mulf %44, %11 : f32
          %48 = arith.mulf %45, %12 : f32
          %49 = arith.mulf %46, %12 : f32
          %50 = arith.addf %47, %cst_5 : f32
          %51 = arith.negf %11 : f32
          %52 = math.exp %51 : f32
          %53 = math.absf %10 : f32
          %54 = arith.divf %cst_25, %53 : f32
          %55 = arith.cmpf olt, %53, %cst_2 : f32
          %56 = arith.addf %48, %cst_4 : f32
          %57 = arith.addf %49, %cst_3 : f32
          %58 = arith.mulf %50, %11 : f32
          %59 = arith.mulf %52, %54 : f32
          %60 = arith.select %55, %56, %57 : f32
          %61 = arith.addf %58, %cst_1 : f32
          %62 = arith.cmpf olt, %51, %cst_0 : f32
          %63 = arith.mulf %59, %60 : f32
          %64 = arith.mulf %10, %61 : f32
          %65 = arith.cmpf olt, %10, %cst : f32
          %66 = arith.select %62, %cst, %63 : f32
          %67 = arith.subf %cst_2, %66 : f32
          %68 = arith.cmpf olt, %53, %cst_25 : f32
          %69 = arith.subf %cst_25, %64 : f32
          %70 = arith.select %65, %67, %66 : f32
          %71 = arith.select %68, %69, %70 : f32
          %inserted = tensor.insert %71 into %arg6[%7] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %6 : tensor<65536xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %5 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before ConvertPureCallOpsPass: xla-convert-pure-call-ops ('func.func' operation: @select_select_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1024 = arith.constant 1024 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.if %3 -> (tensor<65536xf32>) {
      %5 = scf.for %arg3 = %c0 to %c32 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
        %6 = scf.for %arg5 = %c0 to %c1024 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
          %7 = xla.apply_indexing #indexing_map(%arg5, %0, %arg3)
          %extracted = tensor.extract %arg0[%7] : tensor<65536xf32>
          %extracted_28 = tensor.extract %arg1[%arg5] : tensor<1024xf32>
          %8 = arith.addf %extracted, %extracted_28 : f32
          %9 = arith.negf %8 : f32
          %10 = arith.mulf %9, %cst_26 : f32
          %11 = arith.mulf %10, %10 : f32
          %12 = arith.divf %cst_25, %11 : f32
          %13 = arith.mulf %12, %cst_27 : f32
          %14 = arith.addf %13, %cst_24 : f32
          %15 = arith.mulf %14, %12 : f32
          %16 = arith.mulf %12, %cst_23 : f32
          %17 = arith.addf %15, %cst_22 : f32
          %18 = arith.addf %16, %cst_21 : f32
          %19 = arith.mulf %17, %12 : f32
          %20 = arith.mulf %18, %12 : f32
          %21 = arith.addf %19, %cst_20 : f32
          %22 = arith.addf %20, %cst_19 : f32
          %23 = arith.mulf %11, %cst_18 : f32
          %24 = arith.mulf %21, %12 : f32
          %25 = arith.mulf %22, %12 : f32
          %26 = arith.addf %23, %cst_17 : f32
          %27 = arith.addf %24, %cst_16 : f32
          %28 = arith.addf %25, %cst_15 : f32
          %29 = arith.mulf %26, %11 : f32
          %30 = arith.mulf %27, %12 : f32
          %31 = arith.mulf %28, %12 : f32
          %32 = arith.addf %29, %cst_14 : f32
          %33 = arith.addf %30, %cst_13 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.mulf %32, %11 : f32
          %36 = arith.mulf %33, %12 : f32
          %37 = arith.mulf %34, %12 : f32
          %38 = arith.addf %35, %cst_11 : f32
          %39 = arith.addf %36, %cst_10 : f32
          %40 = arith.addf %37, %cst_9 : f32
          %41 = arith.mulf %38, %11 : f32
          %42 = arith.mulf %39, %12 : f32
          %43 = arith.mulf %40, %12 : f32
          %44 = arith.addf %41, %cst_8 : f32
          %45 = arith.addf %42, %cst_7 : f32
          %46 = arith.addf %43, %cst_6 : f32
          %47 = arith.mulf %44, %11 : f32
          %48 = arith.mulf %45, %12 : f32
          %49 = arith.mulf %46, %12 : f32
          %50 = arith.addf %47, %cst_5 : f32
          %51 = arith.negf %11 : f32
          %52 = math.exp %51 : f32
          %53 = math.absf %10 : f32
          %54 = arith.divf %cst_25, %53 : f32
          %55 = arith.cmpf olt, %53, %cst_2 : f32
          %56 = arith.addf %48, %cst_4 : f32
          %57 = arith.addf %49, %cst_3 : f32
          %58 = arith.mulf %50, %11 : f32
          %59 = arith.mulf %52, %54 : f32
          %60 = arith.select %55, %56, %57 : f32
          %61 = arith.addf %58, %cst_1 : f32
          %62 = arith.cmpf olt, %51, %cst_0 : f32
          %63 = arith.mulf %59, %60 : f32
          %64 = arith.mulf %10, %61 : f32
          %65 = arith.cmpf olt, %10, %cst : f32
          %66 = arith.select %62, %cst, %63 : f32
          %67 = arith.subf %cst_2, %66 : f32
          %68 = arith.cmpf olt, %53, %cst_25 : f32
          %69 = arith.subf %cst_25, %64 : f32
          %70 = arith.select %65, %67, %66 : f32
          %71 = arith.select %68, %69, %70 : f32
          %inserted = tensor.insert %71 into %arg6[%7] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %6 : tensor<65536xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %5 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before LowerToLLVMPass: xla-cpu-lower-to-llvm{prefer_vector_width=256} ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1024 = arith.constant 1024 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.if %3 -> (tensor<65536xf32>) {
      %5 = scf.for %arg3 = %c0 to %c32 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
        %6 = scf.for %arg5 = %c0 to %c1024 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
          %7 = xla.apply_indexing #indexing_map(%arg5, %0, %arg3)
          %extracted = tensor.extract %arg0[%7] : tensor<65536xf32>
          %extracted_28 = tensor.extract %arg1[%arg5] : tensor<1024xf32>
          %8 = arith.addf %extracted, %extracted_28 : f32
          %9 = arith.negf %8 : f32
          %10 = arith.mulf %9, %cst_26 : f32
          %11 = arith.mulf %10, %10 : f32
          %12 = arith.divf %cst_25, %11 : f32
          %13 = arith.mulf %12, %cst_27 : f32
          %14 = arith.addf %13, %cst_24 : f32
          %15 = arith.mulf %14, %12 : f32
          %16 = arith.mulf %12, %cst_23 : f32
          %17 = arith.addf %15, %cst_22 : f32
          %18 = arith.addf %16, %cst_21 : f32
          %19 = arith.mulf %17, %12 : f32
          %20 = arith.mulf %18, %12 : f32
          %21 = arith.addf %19, %cst_20 : f32
          %22 = arith.addf %20, %cst_19 : f32
          %23 = arith.mulf %11, %cst_18 : f32
          %24 = arith.mulf %21, %12 : f32
          %25 = arith.mulf %22, %12 : f32
          %26 = arith.addf %23, %cst_17 : f32
          %27 = arith.addf %24, %cst_16 : f32
          %28 = arith.addf %25, %cst_15 : f32
          %29 = arith.mulf %26, %11 : f32
          %30 = arith.mulf %27, %12 : f32
          %31 = arith.mulf %28, %12 : f32
          %32 = arith.addf %29, %cst_14 : f32
          %33 = arith.addf %30, %cst_13 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.mulf %32, %11 : f32
          %36 = arith.mulf %33, %12 : f32
          %37 = arith.mulf %34, %12 : f32
          %38 = arith.addf %35, %cst_11 : f32
          %39 = arith.addf %36, %cst_10 : f32
          %40 = arith.addf %37, %cst_9 : f32
          %41 = arith.mulf %38, %11 : f32
          %42 = arith.mulf %39, %12 : f32
          %43 = arith.mulf %40, %12 : f32
          %44 = arith.addf %41, %cst_8 : f32
          %45 = arith.addf %42, %cst_7 : f32
          %46 = arith.addf %43, %cst_6 : f32
          %47 = arith.mulf %44, %11 : f32
          %48 = arith.mulf %45, %12 : f32
          %49 = arith.mulf %46, %12 : f32
          %50 = arith.addf %47, %cst_5 : f32
          %51 = arith.negf %11 : f32
          %52 = math.exp %51 : f32
          %53 = math.absf %10 : f32
          %54 = arith.divf %cst_25, %53 : f32
          %55 = arith.cmpf olt, %53, %cst_2 : f32
          %56 = arith.addf %48, %cst_4 : f32
          %57 = arith.addf %49, %cst_3 : f32
          %58 = arith.mulf %50, %11 : f32
          %59 = arith.mulf %52, %54 : f32
          %60 = arith.select %55, %56, %57 : f32
          %61 = arith.addf %58, %cst_1 : f32
          %62 = arith.cmpf olt, %51, %cst_0 : f32
          %63 = arith.mulf %59, %60 : f32
          %64 = arith.mulf %10, %61 : f32
          %65 = arith.cmpf olt, %10, %cst : f32
          %66 = arith.select %62, %cst, %63 : f32
          %67 = arith.subf %cst_2, %66 : f32
          %68 = arith.cmpf olt, %53, %cst_25 : f32
          %69 = arith.subf %cst_25, %64 : f32
          %70 = arith.select %65, %67, %66 : f32
          %71 = arith.select %68, %69, %70 : f32
          %inserted = tensor.insert %71 into %arg6[%7] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %6 : tensor<65536xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %5 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before LowerTensorsPass: xla-lower-tensors{gpu_device_info= target_type=cpu} ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = builtin.unrealized_conversion_cast %4 : !llvm.ptr to tensor<65536xf32>
    %6 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %7 = llvm.load %6 invariant : !llvm.ptr -> !llvm.ptr
    %8 = llvm.getelementptr inbounds %7[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %9 = llvm.load %8 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.ptr to tensor<1024xf32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %15 = builtin.unrealized_conversion_cast %14 : !llvm.ptr to tensor<65536xf32>
    %16 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %17 = llvm.load %16 : !llvm.ptr -> !llvm.ptr
    %18 = llvm.getelementptr inbounds %17[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %19 = llvm.load %18 invariant : !llvm.ptr -> i64
    %20 = builtin.unrealized_conversion_cast %19 : i64 to index
    %21 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %22 = llvm.load %21 : !llvm.ptr -> !llvm.ptr
    %23 = llvm.getelementptr inbounds %22[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %24 = llvm.load %23 invariant : !llvm.ptr -> i64
    %25 = builtin.unrealized_conversion_cast %24 : i64 to index
    %26 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %27 = llvm.load %26 : !llvm.ptr -> !llvm.ptr
    %28 = llvm.getelementptr inbounds %27[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %29 = llvm.load %28 invariant : !llvm.ptr -> i64
    %30 = builtin.unrealized_conversion_cast %29 : i64 to index
    %31 = call @select_select_fusion_wrapped(%5, %10, %15, %20, %25, %30) : (tensor<65536xf32>, tensor<1024xf32>, tensor<65536xf32>, index, index, index) -> tensor<65536xf32>
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg3: index, %arg4: index, %arg5: index) -> tensor<65536xf32> attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1024 = arith.constant 1024 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    %3 = scf.if %2 -> (tensor<65536xf32>) {
      %4 = scf.for %arg6 = %c0 to %c32 step %c1 iter_args(%arg7 = %arg2) -> (tensor<65536xf32>) {
        %5 = scf.for %arg8 = %c0 to %c1024 step %c1 iter_args(%arg9 = %arg7) -> (tensor<65536xf32>) {
          %6 = xla.apply_indexing #indexing_map(%arg8, %arg3, %arg6)
          %extracted = tensor.extract %arg0[%6] : tensor<65536xf32>
          %extracted_28 = tensor.extract %arg1[%arg8] : tensor<1024xf32>
          %7 = arith.addf %extracted, %extracted_28 : f32
          %8 = arith.negf %7 : f32
          %9 = arith.mulf %8, %cst_26 : f32
          %10 = arith.mulf %9, %9 : f32
          %11 = arith.divf %cst_25, %10 : f32
          %12 = arith.mulf %11, %cst_27 : f32
          %13 = arith.addf %12, %cst_24 : f32
          %14 = arith.mulf %13, %11 : f32
          %15 = arith.mulf %11, %cst_23 : f32
          %16 = arith.addf %14, %cst_22 : f32
          %17 = arith.addf %15, %cst_21 : f32
          %18 = arith.mulf %16, %11 : f32
          %19 = arith.mulf %17, %11 : f32
          %20 = arith.addf %18, %cst_20 : f32
          %21 = arith.addf %19, %cst_19 : f32
          %22 = arith.mulf %10, %cst_18 : f32
          %23 = arith.mulf %20, %11 : f32
          %24 = arith.mulf %21, %11 : f32
          %25 = arith.addf %22, %cst_17 : f32
          %26 = arith.addf %23, %cst_16 : f32
          %27 = arith.addf %24, %cst_15 : f32
          %28 = arith.mulf %25, %10 : f32
          %29 = arith.mulf %26, %11 : f32
          %30 = arith.mulf %27, %11 : f32
          %31 = arith.addf %28, %cst_14 : f32
          %32 = arith.addf %29, %cst_13 : f32
          %33 = arith.addf %30, %cst_12 : f32
          %34 = arith.mulf %31, %10 : f32
          %35 = arith.mulf %32, %11 : f32
          %36 = arith.mulf %33, %11 : f32
          %37 = arith.addf %34, %cst_11 : f32
          %38 = arith.addf %35, %cst_10 : f32
          %39 = arith.addf %36, %cst_9 : f32
          %40 = arith.mulf %37, %10 : f32
          %41 = arith.mulf %38, %11 : f32
          %42 = arith.mulf %39, %11 : f32
          %43 = arith.addf %40, %cst_8 : f32
          %44 = arith.addf %41, %cst_7 : f32
          %45 = arith.addf %42, %cst_6 : f32
          %46 = arith.mulf %43, %10 : f32
          %47 = arith.mulf %44, %11 : f32
          %48 = arith.mulf %45, %11 : f32
          %49 = arith.addf %46, %cst_5 : f32
          %50 = arith.negf %10 : f32
          %51 = math.exp %50 : f32
          %52 = math.absf %9 : f32
          %53 = arith.divf %cst_25, %52 : f32
          %54 = arith.cmpf olt, %52, %cst_2 : f32
          %55 = arith.addf %47, %cst_4 : f32
          %56 = arith.addf %48, %cst_3 : f32
          %57 = arith.mulf %49, %10 : f32
          %58 = arith.mulf %51, %53 : f32
          %59 = arith.select %54, %55, %56 : f32
          %60 = arith.addf %57, %cst_1 : f32
          %61 = arith.cmpf olt, %50, %cst_0 : f32
          %62 = arith.mulf %58, %59 : f32
          %63 = arith.mulf %9, %60 : f32
          %64 = arith.cmpf olt, %9, %cst : f32
          %65 = arith.select %61, %cst, %62 : f32
          %66 = arith.subf %cst_2, %65 : f32
          %67 = arith.cmpf olt, %52, %cst_25 : f32
          %68 = arith.subf %cst_25, %63 : f32
          %69 = arith.select %64, %66, %65 : f32
          %70 = arith.select %67, %68, %69 : f32
          %inserted = tensor.insert %70 into %arg9[%6] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %5 : tensor<65536xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %4 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %3 : tensor<65536xf32>
  }
}


// -----// IR Dump Before ConvertComplexToStandardPass: convert-complex-to-standard{complex-range=improved} ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    %18 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %19 = llvm.load %18 : !llvm.ptr -> !llvm.ptr
    %20 = llvm.getelementptr inbounds %19[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %21 = llvm.load %20 invariant : !llvm.ptr -> i64
    %22 = builtin.unrealized_conversion_cast %21 : i64 to index
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    call @select_select_fusion_wrapped(%4, %8, %12, %17, %22, %27) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c32 step %c1 {
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %3 = xla.apply_indexing #indexing_map(%arg7, %arg3, %arg6)
          %4 = arith.index_castui %3 : index to i64
          %5 = llvm.getelementptr inbounds %arg0[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %6 = llvm.load %5 : !llvm.ptr -> f32
          %7 = arith.index_castui %arg7 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.addf %6, %9 : f32
          %11 = arith.negf %10 : f32
          %12 = arith.mulf %11, %cst_0 : f32
          %13 = arith.mulf %12, %12 : f32
          %14 = arith.divf %cst_1, %13 : f32
          %15 = arith.mulf %14, %cst : f32
          %16 = arith.addf %15, %cst_2 : f32
          %17 = arith.mulf %16, %14 : f32
          %18 = arith.mulf %14, %cst_3 : f32
          %19 = arith.addf %17, %cst_4 : f32
          %20 = arith.addf %18, %cst_5 : f32
          %21 = arith.mulf %19, %14 : f32
          %22 = arith.mulf %20, %14 : f32
          %23 = arith.addf %21, %cst_6 : f32
          %24 = arith.addf %22, %cst_7 : f32
          %25 = arith.mulf %13, %cst_8 : f32
          %26 = arith.mulf %23, %14 : f32
          %27 = arith.mulf %24, %14 : f32
          %28 = arith.addf %25, %cst_9 : f32
          %29 = arith.addf %26, %cst_10 : f32
          %30 = arith.addf %27, %cst_11 : f32
          %31 = arith.mulf %28, %13 : f32
          %32 = arith.mulf %29, %14 : f32
          %33 = arith.mulf %30, %14 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.addf %32, %cst_13 : f32
          %36 = arith.addf %33, %cst_14 : f32
          %37 = arith.mulf %34, %13 : f32
          %38 = arith.mulf %35, %14 : f32
          %39 = arith.mulf %36, %14 : f32
          %40 = arith.addf %37, %cst_15 : f32
          %41 = arith.addf %38, %cst_16 : f32
          %42 = arith.addf %39, %cst_17 : f32
          %43 = arith.mulf %40, %13 : f32
          %44 = arith.mulf %41, %14 : f32
          %45 = arith.mulf %42, %14 : f32
          %46 = arith.addf %43, %cst_18 : f32
          %47 = arith.addf %44, %cst_19 : f32
          %48 = arith.addf %45, %cst_20 : f32
          %49 = arith.mulf %46, %13 : f32
          %50 = arith.mulf %47, %14 : f32
          %51 = arith.mulf %48, %14 : f32
          %52 = arith.addf %49, %cst_21 : f32
          %53 = arith.negf %13 : f32
          %54 = math.exp %53 : f32
          %55 = math.absf %12 : f32
          %56 = arith.divf %cst_1, %55 : f32
          %57 = arith.cmpf olt, %55, %cst_24 : f32
          %58 = arith.addf %50, %cst_22 : f32
          %59 = arith.addf %51, %cst_23 : f32
          %60 = arith.mulf %52, %13 : f32
          %61 = arith.mulf %54, %56 : f32
          %62 = arith.select %57, %58, %59 : f32
          %63 = arith.addf %60, %cst_25 : f32
          %64 = arith.cmpf olt, %53, %cst_26 : f32
          %65 = arith.mulf %61, %62 : f32
          %66 = arith.mulf %12, %63 : f32
          %67 = arith.cmpf olt, %12, %cst_27 : f32
          %68 = arith.select %64, %cst_27, %65 : f32
          %69 = arith.subf %cst_24, %68 : f32
          %70 = arith.cmpf olt, %55, %cst_1 : f32
          %71 = arith.subf %cst_1, %66 : f32
          %72 = arith.select %67, %69, %68 : f32
          %73 = arith.select %70, %71, %72 : f32
          %74 = arith.index_castui %3 : index to i64
          %75 = llvm.getelementptr inbounds %arg2[0, %74] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          llvm.store %73, %75 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before MergePointersToSameSlicePass: xla-merge-pointers ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    %18 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %19 = llvm.load %18 : !llvm.ptr -> !llvm.ptr
    %20 = llvm.getelementptr inbounds %19[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %21 = llvm.load %20 invariant : !llvm.ptr -> i64
    %22 = builtin.unrealized_conversion_cast %21 : i64 to index
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    call @select_select_fusion_wrapped(%4, %8, %12, %17, %22, %27) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c32 step %c1 {
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %3 = xla.apply_indexing #indexing_map(%arg7, %arg3, %arg6)
          %4 = arith.index_castui %3 : index to i64
          %5 = llvm.getelementptr inbounds %arg0[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %6 = llvm.load %5 : !llvm.ptr -> f32
          %7 = arith.index_castui %arg7 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.addf %6, %9 : f32
          %11 = arith.negf %10 : f32
          %12 = arith.mulf %11, %cst_0 : f32
          %13 = arith.mulf %12, %12 : f32
          %14 = arith.divf %cst_1, %13 : f32
          %15 = arith.mulf %14, %cst : f32
          %16 = arith.addf %15, %cst_2 : f32
          %17 = arith.mulf %16, %14 : f32
          %18 = arith.mulf %14, %cst_3 : f32
          %19 = arith.addf %17, %cst_4 : f32
          %20 = arith.addf %18, %cst_5 : f32
          %21 = arith.mulf %19, %14 : f32
          %22 = arith.mulf %20, %14 : f32
          %23 = arith.addf %21, %cst_6 : f32
          %24 = arith.addf %22, %cst_7 : f32
          %25 = arith.mulf %13, %cst_8 : f32
          %26 = arith.mulf %23, %14 : f32
          %27 = arith.mulf %24, %14 : f32
          %28 = arith.addf %25, %cst_9 : f32
          %29 = arith.addf %26, %cst_10 : f32
          %30 = arith.addf %27, %cst_11 : f32
          %31 = arith.mulf %28, %13 : f32
          %32 = arith.mulf %29, %14 : f32
          %33 = arith.mulf %30, %14 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.addf %32, %cst_13 : f32
          %36 = arith.addf %33, %cst_14 : f32
          %37 = arith.mulf %34, %13 : f32
          %38 = arith.mulf %35, %14 : f32
          %39 = arith.mulf %36, %14 : f32
          %40 = arith.addf %37, %cst_15 : f32
          %41 = arith.addf %38, %cst_16 : f32
          %42 = arith.addf %39, %cst_17 : f32
          %43 = arith.mulf %40, %13 : f32
          %44 = arith.mulf %41, %14 : f32
          %45 = arith.mulf %42, %14 : f32
          %46 = arith.addf %43, %cst_18 : f32
          %47 = arith.addf %44, %cst_19 : f32
          %48 = arith.addf %45, %cst_20 : f32
          %49 = arith.mulf %46, %13 : f32
          %50 = arith.mulf %47, %14 : f32
          %51 = arith.mulf %48, %14 : f32
          %52 = arith.addf %49, %cst_21 : f32
          %53 = arith.negf %13 : f32
          %54 = math.exp %53 : f32
          %55 = math.absf %12 : f32
          %56 = arith.divf %cst_1, %55 : f32
          %57 = arith.cmpf olt, %55, %cst_24 : f32
          %58 = arith.addf %50, %cst_22 : f32
          %59 = arith.addf %51, %cst_23 : f32
          %60 = arith.mulf %52, %13 : f32
          %61 = arith.mulf %54, %56 : f32
          %62 = arith.select %57, %58, %59 : f32
          %63 = arith.addf %60, %cst_25 : f32
          %64 = arith.cmpf olt, %53, %cst_26 : f32
          %65 = arith.mulf %61, %62 : f32
          %66 = arith.mulf %12, %63 : f32
          %67 = arith.cmpf olt, %12, %cst_27 : f32
          %68 = arith.select %64, %cst_27, %65 : f32
          %69 = arith.subf %cst_24, %68 : f32
          %70 = arith.cmpf olt, %55, %cst_1 : f32
          %71 = arith.subf %cst_1, %66 : f32
          %72 = arith.select %67, %69, %68 : f32
          %73 = arith.select %70, %71, %72 : f32
          %74 = arith.index_castui %3 : index to i64
          %75 = llvm.getelementptr inbounds %arg2[0, %74] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          llvm.store %73, %75 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    %18 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %19 = llvm.load %18 : !llvm.ptr -> !llvm.ptr
    %20 = llvm.getelementptr inbounds %19[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %21 = llvm.load %20 invariant : !llvm.ptr -> i64
    %22 = builtin.unrealized_conversion_cast %21 : i64 to index
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    call @select_select_fusion_wrapped(%4, %8, %12, %17, %22, %27) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c32 step %c1 {
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %3 = xla.apply_indexing #indexing_map(%arg7, %arg3, %arg6)
          %4 = arith.index_castui %3 : index to i64
          %5 = llvm.getelementptr inbounds %arg0[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %6 = llvm.load %5 : !llvm.ptr -> f32
          %7 = arith.index_castui %arg7 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.addf %6, %9 : f32
          %11 = arith.negf %10 : f32
          %12 = arith.mulf %11, %cst_0 : f32
          %13 = arith.mulf %12, %12 : f32
          %14 = arith.divf %cst_1, %13 : f32
          %15 = arith.mulf %14, %cst : f32
          %16 = arith.addf %15, %cst_2 : f32
          %17 = arith.mulf %16, %14 : f32
          %18 = arith.mulf %14, %cst_3 : f32
          %19 = arith.addf %17, %cst_4 : f32
          %20 = arith.addf %18, %cst_5 : f32
          %21 = arith.mulf %19, %14 : f32
          %22 = arith.mulf %20, %14 : f32
          %23 = arith.addf %21, %cst_6 : f32
          %24 = arith.addf %22, %cst_7 : f32
          %25 = arith.mulf %13, %cst_8 : f32
          %26 = arith.mulf %23, %14 : f32
          %27 = arith.mulf %24, %14 : f32
          %28 = arith.addf %25, %cst_9 : f32
          %29 = arith.addf %26, %cst_10 : f32
          %30 = arith.addf %27, %cst_11 : f32
          %31 = arith.mulf %28, %13 : f32
          %32 = arith.mulf %29, %14 : f32
          %33 = arith.mulf %30, %14 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.addf %32, %cst_13 : f32
          %36 = arith.addf %33, %cst_14 : f32
          %37 = arith.mulf %34, %13 : f32
          %38 = arith.mulf %35, %14 : f32
          %39 = arith.mulf %36, %14 : f32
          %40 = arith.addf %37, %cst_15 : f32
          %41 = arith.addf %38, %cst_16 : f32
          %42 = arith.addf %39, %cst_17 : f32
          %43 = arith.mulf %40, %13 : f32
          %44 = arith.mulf %41, %14 : f32
          %45 = arith.mulf %42, %14 : f32
          %46 = arith.addf %43, %cst_18 : f32
          %47 = arith.addf %44, %cst_19 : f32
          %48 = arith.addf %45, %cst_20 : f32
          %49 = arith.mulf %46, %13 : f32
          %50 = arith.mulf %47, %14 : f32
          %51 = arith.mulf %48, %14 : f32
          %52 = arith.addf %49, %cst_21 : f32
          %53 = arith.negf %13 : f32
          %54 = math.exp %53 : f32
          %55 = math.absf %12 : f32
          %56 = arith.divf %cst_1, %55 : f32
          %57 = arith.cmpf olt, %55, %cst_24 : f32
          %58 = arith.addf %50, %cst_22 : f32
          %59 = arith.addf %51, %cst_23 : f32
          %60 = arith.mulf %52, %13 : f32
          %61 = arith.mulf %54, %56 : f32
          %62 = arith.select %57, %58, %59 : f32
          %63 = arith.addf %60, %cst_25 : f32
          %64 = arith.cmpf olt, %53, %cst_26 : f32
          %65 = arith.mulf %61, %62 : f32
          %66 = arith.mulf %12, %63 : f32
          %67 = arith.cmpf olt, %12, %cst_27 : f32
          %68 = arith.select %64, %cst_27, %65 : f32
          %69 = arith.subf %cst_24, %68 : f32
          %70 = arith.cmpf olt, %55, %cst_1 : f32
          %71 = arith.subf %cst_1, %66 : f32
          %72 = arith.select %67, %69, %68 : f32
          %73 = arith.select %70, %71, %72 : f32
          %74 = arith.index_castui %3 : index to i64
          %75 = llvm.getelementptr inbounds %arg0[0, %74] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          llvm.store %73, %75 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    %18 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %19 = llvm.load %18 : !llvm.ptr -> !llvm.ptr
    %20 = llvm.getelementptr inbounds %19[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %21 = llvm.load %20 invariant : !llvm.ptr -> i64
    %22 = builtin.unrealized_conversion_cast %21 : i64 to index
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    call @select_select_fusion_wrapped(%4, %8, %12, %17, %22, %27) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c32 step %c1 {
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %3 = xla.apply_indexing #indexing_map(%arg7, %arg3, %arg6)
          %4 = arith.index_castui %3 : index to i64
          %5 = llvm.getelementptr inbounds %arg0[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %6 = llvm.load %5 : !llvm.ptr -> f32
          %7 = arith.index_castui %arg7 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.addf %6, %9 : f32
          %11 = arith.negf %10 : f32
          %12 = arith.mulf %11, %cst_0 : f32
          %13 = arith.mulf %12, %12 : f32
          %14 = arith.divf %cst_1, %13 : f32
          %15 = arith.mulf %14, %cst : f32
          %16 = arith.addf %15, %cst_2 : f32
          %17 = arith.mulf %16, %14 : f32
          %18 = arith.mulf %14, %cst_3 : f32
          %19 = arith.addf %17, %cst_4 : f32
          %20 = arith.addf %18, %cst_5 : f32
          %21 = arith.mulf %19, %14 : f32
          %22 = arith.mulf %20, %14 : f32
          %23 = arith.addf %21, %cst_6 : f32
          %24 = arith.addf %22, %cst_7 : f32
          %25 = arith.mulf %13, %cst_8 : f32
          %26 = arith.mulf %23, %14 : f32
          %27 = arith.mulf %24, %14 : f32
          %28 = arith.addf %25, %cst_9 : f32
          %29 = arith.addf %26, %cst_10 : f32
          %30 = arith.addf %27, %cst_11 : f32
          %31 = arith.mulf %28, %13 : f32
          %32 = arith.mulf %29, %14 : f32
          %33 = arith.mulf %30, %14 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.addf %32, %cst_13 : f32
          %36 = arith.addf %33, %cst_14 : f32
          %37 = arith.mulf %34, %13 : f32
          %38 = arith.mulf %35, %14 : f32
          %39 = arith.mulf %36, %14 : f32
          %40 = arith.addf %37, %cst_15 : f32
          %41 = arith.addf %38, %cst_16 : f32
          %42 = arith.addf %39, %cst_17 : f32
          %43 = arith.mulf %40, %13 : f32
          %44 = arith.mulf %41, %14 : f32
          %45 = arith.mulf %42, %14 : f32
          %46 = arith.addf %43, %cst_18 : f32
          %47 = arith.addf %44, %cst_19 : f32
          %48 = arith.addf %45, %cst_20 : f32
          %49 = arith.mulf %46, %13 : f32
          %50 = arith.mulf %47, %14 : f32
          %51 = arith.mulf %48, %14 : f32
          %52 = arith.addf %49, %cst_21 : f32
          %53 = arith.negf %13 : f32
          %54 = math.exp %53 : f32
          %55 = math.absf %12 : f32
          %56 = arith.divf %cst_1, %55 : f32
          %57 = arith.cmpf olt, %55, %cst_24 : f32
          %58 = arith.addf %50, %cst_22 : f32
          %59 = arith.addf %51, %cst_23 : f32
          %60 = arith.mulf %52, %13 : f32
          %61 = arith.mulf %54, %56 : f32
          %62 = arith.select %57, %58, %59 : f32
          %63 = arith.addf %60, %cst_25 : f32
          %64 = arith.cmpf olt, %53, %cst_26 : f32
          %65 = arith.mulf %61, %62 : f32
          %66 = arith.mulf %12, %63 : f32
          %67 = arith.cmpf olt, %12, %cst_27 : f32
          %68 = arith.select %64, %cst_27, %65 : f32
          %69 = arith.subf %cst_24, %68 : f32
          %70 = arith.cmpf olt, %55, %cst_1 : f32
          %71 = arith.subf %cst_1, %66 : f32
          %72 = arith.select %67, %69, %68 : f32
          %73 = arith.select %70, %71, %72 : f32
          %74 = arith.index_castui %3 : index to i64
          %75 = llvm.getelementptr inbounds %arg0[0, %74] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          llvm.store %73, %75 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @select_select_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c32 step %c1 {
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %3 = xla.apply_indexing #indexing_map(%arg7, %arg3, %arg6)
          %4 = arith.index_castui %3 : index to i64
          %5 = llvm.getelementptr inbounds %arg0[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %6 = llvm.load %5 : !llvm.ptr -> f32
          %7 = arith.index_castui %arg7 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.addf %6, %9 : f32
          %11 = arith.negf %10 : f32
          %12 = arith.mulf %11, %cst_0 : f32
          %13 = arith.mulf %12, %12 : f32
          %14 = arith.divf %cst_1, %13 : f32
          %15 = arith.mulf %14, %cst : f32
          %16 = arith.addf %15, %cst_2 : f32
          %17 = arith.mulf %16, %14 : f32
          %18 = arith.mulf %14, %cst_3 : f32
          %19 = arith.addf %17, %cst_4 : f32
          %20 = arith.addf %18, %cst_5 : f32
          %21 = arith.mulf %19, %14 : f32
          %22 = arith.mulf %20, %14 : f32
          %23 = arith.addf %21, %cst_6 : f32
          %24 = arith.addf %22, %cst_7 : f32
          %25 = arith.mulf %13, %cst_8 : f32
          %26 = arith.mulf %23, %14 : f32
          %27 = arith.mulf %24, %14 : f32
          %28 = arith.addf %25, %cst_9 : f32
          %29 = arith.addf %26, %cst_10 : f32
          %30 = arith.addf %27, %cst_11 : f32
          %31 = arith.mulf %28, %13 : f32
          %32 = arith.mulf %29, %14 : f32
          %33 = arith.mulf %30, %14 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.addf %32, %cst_13 : f32
          %36 = arith.addf %33, %cst_14 : f32
          %37 = arith.mulf %34, %13 : f32
          %38 = arith.mulf %35, %14 : f32
          %39 = arith.mulf %36, %14 : f32
          %40 = arith.addf %37, %cst_15 : f32
          %41 = arith.addf %38, %cst_16 : f32
          %42 = arith.addf %39, %cst_17 : f32
          %43 = arith.mulf %40, %13 : f32
          %44 = arith.mulf %41, %14 : f32
          %45 = arith.mulf %42, %14 : f32
          %46 = arith.addf %43, %cst_18 : f32
          %47 = arith.addf %44, %cst_19 : f32
          %48 = arith.addf %45, %cst_20 : f32
          %49 = arith.mulf %46, %13 : f32
          %50 = arith.mulf %47, %14 : f32
          %51 = arith.mulf %48, %14 : f32
          %52 = arith.addf %49, %cst_21 : f32
          %53 = arith.negf %13 : f32
          %54 = math.exp %53 : f32
          %55 = math.absf %12 : f32
          %56 = arith.divf %cst_1, %55 : f32
          %57 = arith.cmpf olt, %55, %cst_24 : f32
          %58 = arith.addf %50, %cst_22 : f32
          %59 = arith.addf %51, %cst_23 : f32
          %60 = arith.mulf %52, %13 : f32
          %61 = arith.mulf %54, %56 : f32
          %62 = arith.select %57, %58, %59 : f32
          %63 = arith.addf %60, %cst_25 : f32
          %64 = arith.cmpf olt, %53, %cst_26 : f32
          %65 = arith.mulf %61, %62 : f32
          %66 = arith.mulf %12, %63 : f32
          %67 = arith.cmpf olt, %12, %cst_27 : f32
          %68 = arith.select %64, %cst_27, %65 : f32
          %69 = arith.subf %cst_24, %68 : f32
          %70 = arith.cmpf olt, %55, %cst_1 : f32
          %71 = arith.subf %cst_1, %66 : f32
          %72 = arith.select %67, %69, %68 : f32
          %73 = arith.select %70, %71, %72 : f32
          llvm.store %73, %5 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @select_select_fusion_wrapped) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c32 step %c1 {
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %3 = xla.apply_indexing #indexing_map(%arg7, %arg3, %arg6)
          %4 = arith.index_castui %3 : index to i64
          %5 = llvm.getelementptr inbounds %arg0[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %6 = llvm.load %5 : !llvm.ptr -> f32
          %7 = arith.index_castui %arg7 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.addf %6, %9 : f32
          %11 = arith.negf %10 : f32
          %12 = arith.mulf %11, %cst_0 : f32
          %13 = arith.mulf %12, %12 : f32
          %14 = arith.divf %cst_1, %13 : f32
          %15 = arith.mulf %14, %cst : f32
          %16 = arith.addf %15, %cst_2 : f32
          %17 = arith.mulf %16, %14 : f32
          %18 = arith.mulf %14, %cst_3 : f32
          %19 = arith.addf %17, %cst_4 : f32
          %20 = arith.addf %18, %cst_5 : f32
          %21 = arith.mulf %19, %14 : f32
          %22 = arith.mulf %20, %14 : f32
          %23 = arith.addf %21, %cst_6 : f32
          %24 = arith.addf %22, %cst_7 : f32
          %25 = arith.mulf %13, %cst_8 : f32
          %26 = arith.mulf %23, %14 : f32
          %27 = arith.mulf %24, %14 : f32
          %28 = arith.addf %25, %cst_9 : f32
          %29 = arith.addf %26, %cst_10 : f32
          %30 = arith.addf %27, %cst_11 : f32
          %31 = arith.mulf %28, %13 : f32
          %32 = arith.mulf %29, %14 : f32
          %33 = arith.mulf %30, %14 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.addf %32, %cst_13 : f32
          %36 = arith.addf %33, %cst_14 : f32
          %37 = arith.mulf %34, %13 : f32
          %38 = arith.mulf %35, %14 : f32
          %39 = arith.mulf %36, %14 : f32
          %40 = arith.addf %37, %cst_15 : f32
          %41 = arith.addf %38, %cst_16 : f32
          %42 = arith.addf %39, %cst_17 : f32
          %43 = arith.mulf %40, %13 : f32
          %44 = arith.mulf %41, %14 : f32
          %45 = arith.mulf %42, %14 : f32
          %46 = arith.addf %43, %cst_18 : f32
          %47 = arith.addf %44, %cst_19 : f32
          %48 = arith.addf %45, %cst_20 : f32
          %49 = arith.mulf %46, %13 : f32
          %50 = arith.mulf %47, %14 : f32
          %51 = arith.mulf %48, %14 : f32
          %52 = arith.addf %49, %cst_21 : f32
          %53 = arith.negf %13 : f32
          %54 = math.exp %53 : f32
          %55 = math.absf %12 : f32
          %56 = arith.divf %cst_1, %55 : f32
          %57 = arith.cmpf olt, %55, %cst_24 : f32
          %58 = arith.addf %50, %cst_22 : f32
          %59 = arith.addf %51, %cst_23 : f32
          %60 = arith.mulf %52, %13 : f32
          %61 = arith.mulf %54, %56 : f32
          %62 = arith.select %57, %58, %59 : f32
          %63 = arith.addf %60, %cst_25 : f32
          %64 = arith.cmpf olt, %53, %cst_26 : f32
          %65 = arith.mulf %61, %62 : f32
          %66 = arith.mulf %12, %63 : f32
          %67 = arith.cmpf olt, %12, %cst_27 : f32
          %68 = arith.select %64, %cst_27, %65 : f32
          %69 = arith.subf %cst_24, %68 : f32
          %70 = arith.cmpf olt, %55, %cst_1 : f32
          %71 = arith.subf %cst_1, %66 : f32
          %72 = arith.select %67, %69, %68 : f32
          %73 = arith.select %70, %71, %72 : f32
          llvm.store %73, %5 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before ExpandIntegerPowerPass: xla-expand-integer-power ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c32 step %c1 {
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %3 = xla.apply_indexing #indexing_map(%arg7, %arg3, %arg6)
          %4 = arith.index_castui %3 : index to i64
          %5 = llvm.getelementptr inbounds %arg0[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %6 = llvm.load %5 : !llvm.ptr -> f32
          %7 = arith.index_castui %arg7 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.addf %6, %9 : f32
          %11 = arith.negf %10 : f32
          %12 = arith.mulf %11, %cst_0 : f32
          %13 = arith.mulf %12, %12 : f32
          %14 = arith.divf %cst_1, %13 : f32
          %15 = arith.mulf %14, %cst : f32
          %16 = arith.addf %15, %cst_2 : f32
          %17 = arith.mulf %16, %14 : f32
          %18 = arith.mulf %14, %cst_3 : f32
          %19 = arith.addf %17, %cst_4 : f32
          %20 = arith.addf %18, %cst_5 : f32
          %21 = arith.mulf %19, %14 : f32
          %22 = arith.mulf %20, %14 : f32
          %23 = arith.addf %21, %cst_6 : f32
          %24 = arith.addf %22, %cst_7 : f32
          %25 = arith.mulf %13, %cst_8 : f32
          %26 = arith.mulf %23, %14 : f32
          %27 = arith.mulf %24, %14 : f32
          %28 = arith.addf %25, %cst_9 : f32
          %29 = arith.addf %26, %cst_10 : f32
          %30 = arith.addf %27, %cst_11 : f32
          %31 = arith.mulf %28, %13 : f32
          %32 = arith.mulf %29, %14 : f32
          %33 = arith.mulf %30, %14 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.addf %32, %cst_13 : f32
          %36 = arith.addf %33, %cst_14 : f32
          %37 = arith.mulf %34, %13 : f32
          %38 = arith.mulf %35, %14 : f32
          %39 = arith.mulf %36, %14 : f32
          %40 = arith.addf %37, %cst_15 : f32
          %41 = arith.addf %38, %cst_16 : f32
          %42 = arith.addf %39, %cst_17 : f32
          %43 = arith.mulf %40, %13 : f32
          %44 = arith.mulf %41, %14 : f32
          %45 = arith.mulf %42, %14 : f32
          %46 = arith.addf %43, %cst_18 : f32
          %47 = arith.addf %44, %cst_19 : f32
          %48 = arith.addf %45, %cst_20 : f32
          %49 = arith.mulf %46, %13 : f32
          %50 = arith.mulf %47, %14 : f32
          %51 = arith.mulf %48, %14 : f32
          %52 = arith.addf %49, %cst_21 : f32
          %53 = arith.negf %13 : f32
          %54 = math.exp %53 : f32
          %55 = math.absf %12 : f32
          %56 = arith.divf %cst_1, %55 : f32
          %57 = arith.cmpf olt, %55, %cst_24 : f32
          %58 = arith.addf %50, %cst_22 : f32
          %59 = arith.addf %51, %cst_23 : f32
          %60 = arith.mulf %52, %13 : f32
          %61 = arith.mulf %54, %56 : f32
          %62 = arith.select %57, %58, %59 : f32
          %63 = arith.addf %60, %cst_25 : f32
          %64 = arith.cmpf olt, %53, %cst_26 : f32
          %65 = arith.mulf %61, %62 : f32
          %66 = arith.mulf %12, %63 : f32
          %67 = arith.cmpf olt, %12, %cst_27 : f32
          %68 = arith.select %64, %cst_27, %65 : f32
          %69 = arith.subf %cst_24, %68 : f32
          %70 = arith.cmpf olt, %55, %cst_1 : f32
          %71 = arith.subf %cst_1, %66 : f32
          %72 = arith.select %67, %69, %68 : f32
          %73 = arith.select %70, %71, %72 : f32
          llvm.store %73, %5 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before SimplifyAffinePass: xla-simplify-affine ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 1024 + d0), domain: d0 in [0, 1023], bl_x in [0, 1], d2 in [0, 31]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c32 step %c1 {
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %3 = xla.apply_indexing #indexing_map(%arg7, %arg3, %arg6)
          %4 = arith.index_castui %3 : index to i64
          %5 = llvm.getelementptr inbounds %arg0[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %6 = llvm.load %5 : !llvm.ptr -> f32
          %7 = arith.index_castui %arg7 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.addf %6, %9 : f32
          %11 = arith.negf %10 : f32
          %12 = arith.mulf %11, %cst_0 : f32
          %13 = arith.mulf %12, %12 : f32
          %14 = arith.divf %cst_1, %13 : f32
          %15 = arith.mulf %14, %cst : f32
          %16 = arith.addf %15, %cst_2 : f32
          %17 = arith.mulf %16, %14 : f32
          %18 = arith.mulf %14, %cst_3 : f32
          %19 = arith.addf %17, %cst_4 : f32
          %20 = arith.addf %18, %cst_5 : f32
          %21 = arith.mulf %19, %14 : f32
          %22 = arith.mulf %20, %14 : f32
          %23 = arith.addf %21, %cst_6 : f32
          %24 = arith.addf %22, %cst_7 : f32
          %25 = arith.mulf %13, %cst_8 : f32
          %26 = arith.mulf %23, %14 : f32
          %27 = arith.mulf %24, %14 : f32
          %28 = arith.addf %25, %cst_9 : f32
          %29 = arith.addf %26, %cst_10 : f32
          %30 = arith.addf %27, %cst_11 : f32
          %31 = arith.mulf %28, %13 : f32
          %32 = arith.mulf %29, %14 : f32
          %33 = arith.mulf %30, %14 : f32
          %34 = arith.addf %31, %cst_12 : f32
          %35 = arith.addf %32, %cst_13 : f32
          %36 = arith.addf %33, %cst_14 : f32
          %37 = arith.mulf %34, %13 : f32
          %38 = arith.mulf %35, %14 : f32
          %39 = arith.mulf %36, %14 : f32
          %40 = arith.addf %37, %cst_15 : f32
          %41 = arith.addf %38, %cst_16 : f32
          %42 = arith.addf %39, %cst_17 : f32
          %43 = arith.mulf %40, %13 : f32
          %44 = arith.mulf %41, %14 : f32
          %45 = arith.mulf %42, %14 : f32
          %46 = arith.addf %43, %cst_18 : f32
          %47 = arith.addf %44, %cst_19 : f32
          %48 = arith.addf %45, %cst_20 : f32
          %49 = arith.mulf %46, %13 : f32
          %50 = arith.mulf %47, %14 : f32
          %51 = arith.mulf %48, %14 : f32
          %52 = arith.addf %49, %cst_21 : f32
          %53 = arith.negf %13 : f32
          %54 = math.exp %53 : f32
          %55 = math.absf %12 : f32
          %56 = arith.divf %cst_1, %55 : f32
          %57 = arith.cmpf olt, %55, %cst_24 : f32
          %58 = arith.addf %50, %cst_22 : f32
          %59 = arith.addf %51, %cst_23 : f32
          %60 = arith.mulf %52, %13 : f32
          %61 = arith.mulf %54, %56 : f32
          %62 = arith.select %57, %58, %59 : f32
          %63 = arith.addf %60, %cst_25 : f32
          %64 = arith.cmpf olt, %53, %cst_26 : f32
          %65 = arith.mulf %61, %62 : f32
          %66 = arith.mulf %12, %63 : f32
          %67 = arith.cmpf olt, %12, %cst_27 : f32
          %68 = arith.select %64, %cst_27, %65 : f32
          %69 = arith.subf %cst_24, %68 : f32
          %70 = arith.cmpf olt, %55, %cst_1 : f32
          %71 = arith.subf %cst_1, %66 : f32
          %72 = arith.select %67, %69, %68 : f32
          %73 = arith.select %70, %71, %72 : f32
          llvm.store %73, %5 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c32 step %c1 {
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
          %4 = arith.muli %arg6, %c1024 overflow<nsw> : index
          %5 = arith.addi %3, %4 overflow<nsw> : index
          %6 = arith.addi %5, %arg7 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg0[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %9 = llvm.load %8 : !llvm.ptr -> f32
          %10 = arith.index_castui %arg7 : index to i64
          %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %12 = llvm.load %11 invariant : !llvm.ptr -> f32
          %13 = arith.addf %9, %12 : f32
          %14 = arith.negf %13 : f32
          %15 = arith.mulf %14, %cst_0 : f32
          %16 = arith.mulf %15, %15 : f32
          %17 = arith.divf %cst_1, %16 : f32
          %18 = arith.mulf %17, %cst : f32
          %19 = arith.addf %18, %cst_2 : f32
          %20 = arith.mulf %19, %17 : f32
          %21 = arith.mulf %17, %cst_3 : f32
          %22 = arith.addf %20, %cst_4 : f32
          %23 = arith.addf %21, %cst_5 : f32
          %24 = arith.mulf %22, %17 : f32
          %25 = arith.mulf %23, %17 : f32
          %26 = arith.addf %24, %cst_6 : f32
          %27 = arith.addf %25, %cst_7 : f32
          %28 = arith.mulf %16, %cst_8 : f32
          %29 = arith.mulf %26, %17 : f32
          %30 = arith.mulf %27, %17 : f32
          %31 = arith.addf %28, %cst_9 : f32
          %32 = arith.addf %29, %cst_10 : f32
          %33 = arith.addf %30, %cst_11 : f32
          %34 = arith.mulf %31, %16 : f32
          %35 = arith.mulf %32, %17 : f32
          %36 = arith.mulf %33, %17 : f32
          %37 = arith.addf %34, %cst_12 : f32
          %38 = arith.addf %35, %cst_13 : f32
          %39 = arith.addf %36, %cst_14 : f32
          %40 = arith.mulf %37, %16 : f32
          %41 = arith.mulf %38, %17 : f32
          %42 = arith.mulf %39, %17 : f32
          %43 = arith.addf %40, %cst_15 : f32
          %44 = arith.addf %41, %cst_16 : f32
          %45 = arith.addf %42, %cst_17 : f32
          %46 = arith.mulf %43, %16 : f32
          %47 = arith.mulf %44, %17 : f32
          %48 = arith.mulf %45, %17 : f32
          %49 = arith.addf %46, %cst_18 : f32
          %50 = arith.addf %47, %cst_19 : f32
          %51 = arith.addf %48, %cst_20 : f32
          %52 = arith.mulf %49, %16 : f32
          %53 = arith.mulf %50, %17 : f32
          %54 = arith.mulf %51, %17 : f32
          %55 = arith.addf %52, %cst_21 : f32
          %56 = arith.negf %16 : f32
          %57 = math.exp %56 : f32
          %58 = math.absf %15 : f32
          %59 = arith.divf %cst_1, %58 : f32
          %60 = arith.cmpf olt, %58, %cst_24 : f32
          %61 = arith.addf %53, %cst_22 : f32
          %62 = arith.addf %54, %cst_23 : f32
          %63 = arith.mulf %55, %16 : f32
          %64 = arith.mulf %57, %59 : f32
          %65 = arith.select %60, %61, %62 : f32
          %66 = arith.addf %63, %cst_25 : f32
          %67 = arith.cmpf olt, %56, %cst_26 : f32
          %68 = arith.mulf %64, %65 : f32
          %69 = arith.mulf %15, %66 : f32
          %70 = arith.cmpf olt, %15, %cst_27 : f32
          %71 = arith.select %67, %cst_27, %68 : f32
          %72 = arith.subf %cst_24, %71 : f32
          %73 = arith.cmpf olt, %58, %cst_1 : f32
          %74 = arith.subf %cst_1, %69 : f32
          %75 = arith.select %70, %72, %71 : f32
          %76 = arith.select %73, %74, %75 : f32
          llvm.store %76, %8 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c32 step %c1 {
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
          %4 = arith.muli %arg6, %c1024 overflow<nsw> : index
          %5 = arith.addi %3, %4 overflow<nsw> : index
          %6 = arith.addi %5, %arg7 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg0[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %9 = llvm.load %8 : !llvm.ptr -> f32
          %10 = arith.index_castui %arg7 : index to i64
          %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %12 = llvm.load %11 invariant : !llvm.ptr -> f32
          %13 = arith.addf %9, %12 : f32
          %14 = arith.negf %13 : f32
          %15 = arith.mulf %14, %cst_0 : f32
          %16 = arith.mulf %15, %15 : f32
          %17 = arith.divf %cst_1, %16 : f32
          %18 = arith.mulf %17, %cst : f32
          %19 = arith.addf %18, %cst_2 : f32
          %20 = arith.mulf %19, %17 : f32
          %21 = arith.mulf %17, %cst_3 : f32
          %22 = arith.addf %20, %cst_4 : f32
          %23 = arith.addf %21, %cst_5 : f32
          %24 = arith.mulf %22, %17 : f32
          %25 = arith.mulf %23, %17 : f32
          %26 = arith.addf %24, %cst_6 : f32
          %27 = arith.addf %25, %cst_7 : f32
          %28 = arith.mulf %16, %cst_8 : f32
          %29 = arith.mulf %26, %17 : f32
          %30 = arith.mulf %27, %17 : f32
          %31 = arith.addf %28, %cst_9 : f32
          %32 = arith.addf %29, %cst_10 : f32
          %33 = arith.addf %30, %cst_11 : f32
          %34 = arith.mulf %31, %16 : f32
          %35 = arith.mulf %32, %17 : f32
          %36 = arith.mulf %33, %17 : f32
          %37 = arith.addf %34, %cst_12 : f32
          %38 = arith.addf %35, %cst_13 : f32
          %39 = arith.addf %36, %cst_14 : f32
          %40 = arith.mulf %37, %16 : f32
          %41 = arith.mulf %38, %17 : f32
          %42 = arith.mulf %39, %17 : f32
          %43 = arith.addf %40, %cst_15 : f32
          %44 = arith.addf %41, %cst_16 : f32
          %45 = arith.addf %42, %cst_17 : f32
          %46 = arith.mulf %43, %16 : f32
          %47 = arith.mulf %44, %17 : f32
          %48 = arith.mulf %45, %17 : f32
          %49 = arith.addf %46, %cst_18 : f32
          %50 = arith.addf %47, %cst_19 : f32
          %51 = arith.addf %48, %cst_20 : f32
          %52 = arith.mulf %49, %16 : f32
          %53 = arith.mulf %50, %17 : f32
          %54 = arith.mulf %51, %17 : f32
          %55 = arith.addf %52, %cst_21 : f32
          %56 = arith.negf %16 : f32
          %57 = math.exp %56 : f32
          %58 = math.absf %15 : f32
          %59 = arith.divf %cst_1, %58 : f32
          %60 = arith.cmpf olt, %58, %cst_24 : f32
          %61 = arith.addf %53, %cst_22 : f32
          %62 = arith.addf %54, %cst_23 : f32
          %63 = arith.mulf %55, %16 : f32
          %64 = arith.mulf %57, %59 : f32
          %65 = arith.select %60, %61, %62 : f32
          %66 = arith.addf %63, %cst_25 : f32
          %67 = arith.cmpf olt, %56, %cst_26 : f32
          %68 = arith.mulf %64, %65 : f32
          %69 = arith.mulf %15, %66 : f32
          %70 = arith.cmpf olt, %15, %cst_27 : f32
          %71 = arith.select %67, %cst_27, %68 : f32
          %72 = arith.subf %cst_24, %71 : f32
          %73 = arith.cmpf olt, %58, %cst_1 : f32
          %74 = arith.subf %cst_1, %69 : f32
          %75 = arith.select %70, %72, %71 : f32
          %76 = arith.select %73, %74, %75 : f32
          llvm.store %76, %8 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c32 step %c1 {
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
          %4 = arith.muli %arg6, %c1024 overflow<nsw> : index
          %5 = arith.addi %3, %4 overflow<nsw> : index
          %6 = arith.addi %5, %arg7 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg0[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %9 = llvm.load %8 : !llvm.ptr -> f32
          %10 = arith.index_castui %arg7 : index to i64
          %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %12 = llvm.load %11 invariant : !llvm.ptr -> f32
          %13 = arith.addf %9, %12 : f32
          %14 = arith.negf %13 : f32
          %15 = arith.mulf %14, %cst_0 : f32
          %16 = arith.mulf %15, %15 : f32
          %17 = arith.divf %cst_1, %16 : f32
          %18 = arith.mulf %17, %cst : f32
          %19 = arith.addf %18, %cst_2 : f32
          %20 = arith.mulf %19, %17 : f32
          %21 = arith.mulf %17, %cst_3 : f32
          %22 = arith.addf %20, %cst_4 : f32
          %23 = arith.addf %21, %cst_5 : f32
          %24 = arith.mulf %22, %17 : f32
          %25 = arith.mulf %23, %17 : f32
          %26 = arith.addf %24, %cst_6 : f32
          %27 = arith.addf %25, %cst_7 : f32
          %28 = arith.mulf %16, %cst_8 : f32
          %29 = arith.mulf %26, %17 : f32
          %30 = arith.mulf %27, %17 : f32
          %31 = arith.addf %28, %cst_9 : f32
          %32 = arith.addf %29, %cst_10 : f32
          %33 = arith.addf %30, %cst_11 : f32
          %34 = arith.mulf %31, %16 : f32
          %35 = arith.mulf %32, %17 : f32
          %36 = arith.mulf %33, %17 : f32
          %37 = arith.addf %34, %cst_12 : f32
          %38 = arith.addf %35, %cst_13 : f32
          %39 = arith.addf %36, %cst_14 : f32
          %40 = arith.mulf %37, %16 : f32
          %41 = arith.mulf %38, %17 : f32
          %42 = arith.mulf %39, %17 : f32
          %43 = arith.addf %40, %cst_15 : f32
          %44 = arith.addf %41, %cst_16 : f32
          %45 = arith.addf %42, %cst_17 : f32
          %46 = arith.mulf %43, %16 : f32
          %47 = arith.mulf %44, %17 : f32
          %48 = arith.mulf %45, %17 : f32
          %49 = arith.addf %46, %cst_18 : f32
          %50 = arith.addf %47, %cst_19 : f32
          %51 = arith.addf %48, %cst_20 : f32
          %52 = arith.mulf %49, %16 : f32
          %53 = arith.mulf %50, %17 : f32
          %54 = arith.mulf %51, %17 : f32
          %55 = arith.addf %52, %cst_21 : f32
          %56 = arith.negf %16 : f32
          %57 = math.exp %56 : f32
          %58 = math.absf %15 : f32
          %59 = arith.divf %cst_1, %58 : f32
          %60 = arith.cmpf olt, %58, %cst_24 : f32
          %61 = arith.addf %53, %cst_22 : f32
          %62 = arith.addf %54, %cst_23 : f32
          %63 = arith.mulf %55, %16 : f32
          %64 = arith.mulf %57, %59 : f32
          %65 = arith.select %60, %61, %62 : f32
          %66 = arith.addf %63, %cst_25 : f32
          %67 = arith.cmpf olt, %56, %cst_26 : f32
          %68 = arith.mulf %64, %65 : f32
          %69 = arith.mulf %15, %66 : f32
          %70 = arith.cmpf olt, %15, %cst_27 : f32
          %71 = arith.select %67, %cst_27, %68 : f32
          %72 = arith.subf %cst_24, %71 : f32
          %73 = arith.cmpf olt, %58, %cst_1 : f32
          %74 = arith.subf %cst_1, %69 : f32
          %75 = arith.select %70, %72, %71 : f32
          %76 = arith.select %73, %74, %75 : f32
          llvm.store %76, %8 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before SymbolDCEPass: symbol-dce ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %4 = arith.muli %arg6, %c1024 overflow<nsw> : index
        %5 = arith.addi %3, %4 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %6 = arith.addi %5, %arg7 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg0[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %9 = llvm.load %8 : !llvm.ptr -> f32
          %10 = arith.index_castui %arg7 : index to i64
          %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %12 = llvm.load %11 invariant : !llvm.ptr -> f32
          %13 = arith.addf %9, %12 : f32
          %14 = arith.negf %13 : f32
          %15 = arith.mulf %14, %cst_0 : f32
          %16 = arith.mulf %15, %15 : f32
          %17 = arith.divf %cst_1, %16 : f32
          %18 = arith.mulf %17, %cst : f32
          %19 = arith.addf %18, %cst_2 : f32
          %20 = arith.mulf %19, %17 : f32
          %21 = arith.mulf %17, %cst_3 : f32
          %22 = arith.addf %20, %cst_4 : f32
          %23 = arith.addf %21, %cst_5 : f32
          %24 = arith.mulf %22, %17 : f32
          %25 = arith.mulf %23, %17 : f32
          %26 = arith.addf %24, %cst_6 : f32
          %27 = arith.addf %25, %cst_7 : f32
          %28 = arith.mulf %16, %cst_8 : f32
          %29 = arith.mulf %26, %17 : f32
          %30 = arith.mulf %27, %17 : f32
          %31 = arith.addf %28, %cst_9 : f32
          %32 = arith.addf %29, %cst_10 : f32
          %33 = arith.addf %30, %cst_11 : f32
          %34 = arith.mulf %31, %16 : f32
          %35 = arith.mulf %32, %17 : f32
          %36 = arith.mulf %33, %17 : f32
          %37 = arith.addf %34, %cst_12 : f32
          %38 = arith.addf %35, %cst_13 : f32
          %39 = arith.addf %36, %cst_14 : f32
          %40 = arith.mulf %37, %16 : f32
          %41 = arith.mulf %38, %17 : f32
          %42 = arith.mulf %39, %17 : f32
          %43 = arith.addf %40, %cst_15 : f32
          %44 = arith.addf %41, %cst_16 : f32
          %45 = arith.addf %42, %cst_17 : f32
          %46 = arith.mulf %43, %16 : f32
          %47 = arith.mulf %44, %17 : f32
          %48 = arith.mulf %45, %17 : f32
          %49 = arith.addf %46, %cst_18 : f32
          %50 = arith.addf %47, %cst_19 : f32
          %51 = arith.addf %48, %cst_20 : f32
          %52 = arith.mulf %49, %16 : f32
          %53 = arith.mulf %50, %17 : f32
          %54 = arith.mulf %51, %17 : f32
          %55 = arith.addf %52, %cst_21 : f32
          %56 = arith.negf %16 : f32
          %57 = math.exp %56 : f32
          %58 = math.absf %15 : f32
          %59 = arith.divf %cst_1, %58 : f32
          %60 = arith.cmpf olt, %58, %cst_24 : f32
          %61 = arith.addf %53, %cst_22 : f32
          %62 = arith.addf %54, %cst_23 : f32
          %63 = arith.mulf %55, %16 : f32
          %64 = arith.mulf %57, %59 : f32
          %65 = arith.select %60, %61, %62 : f32
          %66 = arith.addf %63, %cst_25 : f32
          %67 = arith.cmpf olt, %56, %cst_26 : f32
          %68 = arith.mulf %64, %65 : f32
          %69 = arith.mulf %15, %66 : f32
          %70 = arith.cmpf olt, %15, %cst_27 : f32
          %71 = arith.select %67, %cst_27, %68 : f32
          %72 = arith.subf %cst_24, %71 : f32
          %73 = arith.cmpf olt, %58, %cst_1 : f32
          %74 = arith.subf %cst_1, %69 : f32
          %75 = arith.select %70, %72, %71 : f32
          %76 = arith.select %73, %74, %75 : f32
          llvm.store %76, %8 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %4 = arith.muli %arg6, %c1024 overflow<nsw> : index
        %5 = arith.addi %3, %4 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %6 = arith.addi %5, %arg7 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg0[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %9 = llvm.load %8 : !llvm.ptr -> f32
          %10 = arith.index_castui %arg7 : index to i64
          %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %12 = llvm.load %11 invariant : !llvm.ptr -> f32
          %13 = arith.addf %9, %12 : f32
          %14 = arith.negf %13 : f32
          %15 = arith.mulf %14, %cst_0 : f32
          %16 = arith.mulf %15, %15 : f32
          %17 = arith.divf %cst_1, %16 : f32
          %18 = arith.mulf %17, %cst : f32
          %19 = arith.addf %18, %cst_2 : f32
          %20 = arith.mulf %19, %17 : f32
          %21 = arith.mulf %17, %cst_3 : f32
          %22 = arith.addf %20, %cst_4 : f32
          %23 = arith.addf %21, %cst_5 : f32
          %24 = arith.mulf %22, %17 : f32
          %25 = arith.mulf %23, %17 : f32
          %26 = arith.addf %24, %cst_6 : f32
          %27 = arith.addf %25, %cst_7 : f32
          %28 = arith.mulf %16, %cst_8 : f32
          %29 = arith.mulf %26, %17 : f32
          %30 = arith.mulf %27, %17 : f32
          %31 = arith.addf %28, %cst_9 : f32
          %32 = arith.addf %29, %cst_10 : f32
          %33 = arith.addf %30, %cst_11 : f32
          %34 = arith.mulf %31, %16 : f32
          %35 = arith.mulf %32, %17 : f32
          %36 = arith.mulf %33, %17 : f32
          %37 = arith.addf %34, %cst_12 : f32
          %38 = arith.addf %35, %cst_13 : f32
          %39 = arith.addf %36, %cst_14 : f32
          %40 = arith.mulf %37, %16 : f32
          %41 = arith.mulf %38, %17 : f32
          %42 = arith.mulf %39, %17 : f32
          %43 = arith.addf %40, %cst_15 : f32
          %44 = arith.addf %41, %cst_16 : f32
          %45 = arith.addf %42, %cst_17 : f32
          %46 = arith.mulf %43, %16 : f32
          %47 = arith.mulf %44, %17 : f32
          %48 = arith.mulf %45, %17 : f32
          %49 = arith.addf %46, %cst_18 : f32
          %50 = arith.addf %47, %cst_19 : f32
          %51 = arith.addf %48, %cst_20 : f32
          %52 = arith.mulf %49, %16 : f32
          %53 = arith.mulf %50, %17 : f32
          %54 = arith.mulf %51, %17 : f32
          %55 = arith.addf %52, %cst_21 : f32
          %56 = arith.negf %16 : f32
          %57 = math.exp %56 : f32
          %58 = math.absf %15 : f32
          %59 = arith.divf %cst_1, %58 : f32
          %60 = arith.cmpf olt, %58, %cst_24 : f32
          %61 = arith.addf %53, %cst_22 : f32
          %62 = arith.addf %54, %cst_23 : f32
          %63 = arith.mulf %55, %16 : f32
          %64 = arith.mulf %57, %59 : f32
          %65 = arith.select %60, %61, %62 : f32
          %66 = arith.addf %63, %cst_25 : f32
          %67 = arith.cmpf olt, %56, %cst_26 : f32
          %68 = arith.mulf %64, %65 : f32
          %69 = arith.mulf %15, %66 : f32
          %70 = arith.cmpf olt, %15, %cst_27 : f32
          %71 = arith.select %67, %cst_27, %68 : f32
          %72 = arith.subf %cst_24, %71 : f32
          %73 = arith.cmpf olt, %58, %cst_1 : f32
          %74 = arith.subf %cst_1, %69 : f32
          %75 = arith.select %70, %72, %71 : f32
          %76 = arith.select %73, %74, %75 : f32
          llvm.store %76, %8 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @select_select_fusion) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %4 = arith.muli %arg6, %c1024 overflow<nsw> : index
        %5 = arith.addi %3, %4 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %6 = arith.addi %5, %arg7 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg0[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %9 = llvm.load %8 : !llvm.ptr -> f32
          %10 = arith.index_castui %arg7 : index to i64
          %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %12 = llvm.load %11 invariant : !llvm.ptr -> f32
          %13 = arith.addf %9, %12 : f32
          %14 = arith.negf %13 : f32
          %15 = arith.mulf %14, %cst_0 : f32
          %16 = arith.mulf %15, %15 : f32
          %17 = arith.divf %cst_1, %16 : f32
          %18 = arith.mulf %17, %cst : f32
          %19 = arith.addf %18, %cst_2 : f32
          %20 = arith.mulf %19, %17 : f32
          %21 = arith.mulf %17, %cst_3 : f32
          %22 = arith.addf %20, %cst_4 : f32
          %23 = arith.addf %21, %cst_5 : f32
          %24 = arith.mulf %22, %17 : f32
          %25 = arith.mulf %23, %17 : f32
          %26 = arith.addf %24, %cst_6 : f32
          %27 = arith.addf %25, %cst_7 : f32
          %28 = arith.mulf %16, %cst_8 : f32
          %29 = arith.mulf %26, %17 : f32
          %30 = arith.mulf %27, %17 : f32
          %31 = arith.addf %28, %cst_9 : f32
          %32 = arith.addf %29, %cst_10 : f32
          %33 = arith.addf %30, %cst_11 : f32
          %34 = arith.mulf %31, %16 : f32
          %35 = arith.mulf %32, %17 : f32
          %36 = arith.mulf %33, %17 : f32
          %37 = arith.addf %34, %cst_12 : f32
          %38 = arith.addf %35, %cst_13 : f32
          %39 = arith.addf %36, %cst_14 : f32
          %40 = arith.mulf %37, %16 : f32
          %41 = arith.mulf %38, %17 : f32
          %42 = arith.mulf %39, %17 : f32
          %43 = arith.addf %40, %cst_15 : f32
          %44 = arith.addf %41, %cst_16 : f32
          %45 = arith.addf %42, %cst_17 : f32
          %46 = arith.mulf %43, %16 : f32
          %47 = arith.mulf %44, %17 : f32
          %48 = arith.mulf %45, %17 : f32
          %49 = arith.addf %46, %cst_18 : f32
          %50 = arith.addf %47, %cst_19 : f32
          %51 = arith.addf %48, %cst_20 : f32
          %52 = arith.mulf %49, %16 : f32
          %53 = arith.mulf %50, %17 : f32
          %54 = arith.mulf %51, %17 : f32
          %55 = arith.addf %52, %cst_21 : f32
          %56 = arith.negf %16 : f32
          %57 = math.exp %56 : f32
          %58 = math.absf %15 : f32
          %59 = arith.divf %cst_1, %58 : f32
          %60 = arith.cmpf olt, %58, %cst_24 : f32
          %61 = arith.addf %53, %cst_22 : f32
          %62 = arith.addf %54, %cst_23 : f32
          %63 = arith.mulf %55, %16 : f32
          %64 = arith.mulf %57, %59 : f32
          %65 = arith.select %60, %61, %62 : f32
          %66 = arith.addf %63, %cst_25 : f32
          %67 = arith.cmpf olt, %56, %cst_26 : f32
          %68 = arith.mulf %64, %65 : f32
          %69 = arith.mulf %15, %66 : f32
          %70 = arith.cmpf olt, %15, %cst_27 : f32
          %71 = arith.select %67, %cst_27, %68 : f32
          %72 = arith.subf %cst_24, %71 : f32
          %73 = arith.cmpf olt, %58, %cst_1 : f32
          %74 = arith.subf %cst_1, %69 : f32
          %75 = arith.select %70, %72, %71 : f32
          %76 = arith.select %73, %74, %75 : f32
          llvm.store %76, %8 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @select_select_fusion_wrapped) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %4 = arith.muli %arg6, %c1024 overflow<nsw> : index
        %5 = arith.addi %3, %4 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %6 = arith.addi %5, %arg7 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg0[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %9 = llvm.load %8 : !llvm.ptr -> f32
          %10 = arith.index_castui %arg7 : index to i64
          %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %12 = llvm.load %11 invariant : !llvm.ptr -> f32
          %13 = arith.addf %9, %12 : f32
          %14 = arith.negf %13 : f32
          %15 = arith.mulf %14, %cst_0 : f32
          %16 = arith.mulf %15, %15 : f32
          %17 = arith.divf %cst_1, %16 : f32
          %18 = arith.mulf %17, %cst : f32
          %19 = arith.addf %18, %cst_2 : f32
          %20 = arith.mulf %19, %17 : f32
          %21 = arith.mulf %17, %cst_3 : f32
          %22 = arith.addf %20, %cst_4 : f32
          %23 = arith.addf %21, %cst_5 : f32
          %24 = arith.mulf %22, %17 : f32
          %25 = arith.mulf %23, %17 : f32
          %26 = arith.addf %24, %cst_6 : f32
          %27 = arith.addf %25, %cst_7 : f32
          %28 = arith.mulf %16, %cst_8 : f32
          %29 = arith.mulf %26, %17 : f32
          %30 = arith.mulf %27, %17 : f32
          %31 = arith.addf %28, %cst_9 : f32
          %32 = arith.addf %29, %cst_10 : f32
          %33 = arith.addf %30, %cst_11 : f32
          %34 = arith.mulf %31, %16 : f32
          %35 = arith.mulf %32, %17 : f32
          %36 = arith.mulf %33, %17 : f32
          %37 = arith.addf %34, %cst_12 : f32
          %38 = arith.addf %35, %cst_13 : f32
          %39 = arith.addf %36, %cst_14 : f32
          %40 = arith.mulf %37, %16 : f32
          %41 = arith.mulf %38, %17 : f32
          %42 = arith.mulf %39, %17 : f32
          %43 = arith.addf %40, %cst_15 : f32
          %44 = arith.addf %41, %cst_16 : f32
          %45 = arith.addf %42, %cst_17 : f32
          %46 = arith.mulf %43, %16 : f32
          %47 = arith.mulf %44, %17 : f32
          %48 = arith.mulf %45, %17 : f32
          %49 = arith.addf %46, %cst_18 : f32
          %50 = arith.addf %47, %cst_19 : f32
          %51 = arith.addf %48, %cst_20 : f32
          %52 = arith.mulf %49, %16 : f32
          %53 = arith.mulf %50, %17 : f32
          %54 = arith.mulf %51, %17 : f32
          %55 = arith.addf %52, %cst_21 : f32
          %56 = arith.negf %16 : f32
          %57 = math.exp %56 : f32
          %58 = math.absf %15 : f32
          %59 = arith.divf %cst_1, %58 : f32
          %60 = arith.cmpf olt, %58, %cst_24 : f32
          %61 = arith.addf %53, %cst_22 : f32
          %62 = arith.addf %54, %cst_23 : f32
          %63 = arith.mulf %55, %16 : f32
          %64 = arith.mulf %57, %59 : f32
          %65 = arith.select %60, %61, %62 : f32
          %66 = arith.addf %63, %cst_25 : f32
          %67 = arith.cmpf olt, %56, %cst_26 : f32
          %68 = arith.mulf %64, %65 : f32
          %69 = arith.mulf %15, %66 : f32
          %70 = arith.cmpf olt, %15, %cst_27 : f32
          %71 = arith.select %67, %cst_27, %68 : f32
          %72 = arith.subf %cst_24, %71 : f32
          %73 = arith.cmpf olt, %58, %cst_1 : f32
          %74 = arith.subf %cst_1, %69 : f32
          %75 = arith.select %70, %72, %71 : f32
          %76 = arith.select %73, %74, %75 : f32
          llvm.store %76, %8 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-expand-float-ops{approximate_tanh=false} ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %4 = arith.muli %arg6, %c1024 overflow<nsw> : index
        %5 = arith.addi %3, %4 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %6 = arith.addi %5, %arg7 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg0[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %9 = llvm.load %8 : !llvm.ptr -> f32
          %10 = arith.index_castui %arg7 : index to i64
          %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %12 = llvm.load %11 invariant : !llvm.ptr -> f32
          %13 = arith.addf %9, %12 : f32
          %14 = arith.negf %13 : f32
          %15 = arith.mulf %14, %cst_0 : f32
          %16 = arith.mulf %15, %15 : f32
          %17 = arith.divf %cst_1, %16 : f32
          %18 = arith.mulf %17, %cst : f32
          %19 = arith.addf %18, %cst_2 : f32
          %20 = arith.mulf %19, %17 : f32
          %21 = arith.mulf %17, %cst_3 : f32
          %22 = arith.addf %20, %cst_4 : f32
          %23 = arith.addf %21, %cst_5 : f32
          %24 = arith.mulf %22, %17 : f32
          %25 = arith.mulf %23, %17 : f32
          %26 = arith.addf %24, %cst_6 : f32
          %27 = arith.addf %25, %cst_7 : f32
          %28 = arith.mulf %16, %cst_8 : f32
          %29 = arith.mulf %26, %17 : f32
          %30 = arith.mulf %27, %17 : f32
          %31 = arith.addf %28, %cst_9 : f32
          %32 = arith.addf %29, %cst_10 : f32
          %33 = arith.addf %30, %cst_11 : f32
          %34 = arith.mulf %31, %16 : f32
          %35 = arith.mulf %32, %17 : f32
          %36 = arith.mulf %33, %17 : f32
          %37 = arith.addf %34, %cst_12 : f32
          %38 = arith.addf %35, %cst_13 : f32
          %39 = arith.addf %36, %cst_14 : f32
          %40 = arith.mulf %37, %16 : f32
          %41 = arith.mulf %38, %17 : f32
          %42 = arith.mulf %39, %17 : f32
          %43 = arith.addf %40, %cst_15 : f32
          %44 = arith.addf %41, %cst_16 : f32
          %45 = arith.addf %42, %cst_17 : f32
          %46 = arith.mulf %43, %16 : f32
          %47 = arith.mulf %44, %17 : f32
          %48 = arith.mulf %45, %17 : f32
          %49 = arith.addf %46, %cst_18 : f32
          %50 = arith.addf %47, %cst_19 : f32
          %51 = arith.addf %48, %cst_20 : f32
          %52 = arith.mulf %49, %16 : f32
          %53 = arith.mulf %50, %17 : f32
          %54 = arith.mulf %51, %17 : f32
          %55 = arith.addf %52, %cst_21 : f32
          %56 = arith.negf %16 : f32
          %57 = math.exp %56 : f32
          %58 = math.absf %15 : f32
          %59 = arith.divf %cst_1, %58 : f32
          %60 = arith.cmpf olt, %58, %cst_24 : f32
          %61 = arith.addf %53, %cst_22 : f32
          %62 = arith.addf %54, %cst_23 : f32
          %63 = arith.mulf %55, %16 : f32
          %64 = arith.mulf %57, %59 : f32
          %65 = arith.select %60, %61, %62 : f32
          %66 = arith.addf %63, %cst_25 : f32
          %67 = arith.cmpf olt, %56, %cst_26 : f32
          %68 = arith.mulf %64, %65 : f32
          %69 = arith.mulf %15, %66 : f32
          %70 = arith.cmpf olt, %15, %cst_27 : f32
          %71 = arith.select %67, %cst_27, %68 : f32
          %72 = arith.subf %cst_24, %71 : f32
          %73 = arith.cmpf olt, %58, %cst_1 : f32
          %74 = arith.subf %cst_1, %69 : f32
          %75 = arith.select %70, %72, %71 : f32
          %76 = arith.select %73, %74, %75 : f32
          llvm.store %76, %8 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %4 = arith.muli %arg6, %c1024 overflow<nsw> : index
        %5 = arith.addi %3, %4 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %6 = arith.addi %5, %arg7 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg0[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %9 = llvm.load %8 : !llvm.ptr -> f32
          %10 = arith.index_castui %arg7 : index to i64
          %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %12 = llvm.load %11 invariant : !llvm.ptr -> f32
          %13 = arith.addf %9, %12 : f32
          %14 = arith.negf %13 : f32
          %15 = arith.mulf %14, %cst_0 : f32
          %16 = arith.mulf %15, %15 : f32
          %17 = arith.divf %cst_1, %16 : f32
          %18 = arith.mulf %17, %cst : f32
          %19 = arith.addf %18, %cst_2 : f32
          %20 = arith.mulf %19, %17 : f32
          %21 = arith.mulf %17, %cst_3 : f32
          %22 = arith.addf %20, %cst_4 : f32
          %23 = arith.addf %21, %cst_5 : f32
          %24 = arith.mulf %22, %17 : f32
          %25 = arith.mulf %23, %17 : f32
          %26 = arith.addf %24, %cst_6 : f32
          %27 = arith.addf %25, %cst_7 : f32
          %28 = arith.mulf %16, %cst_8 : f32
          %29 = arith.mulf %26, %17 : f32
          %30 = arith.mulf %27, %17 : f32
          %31 = arith.addf %28, %cst_9 : f32
          %32 = arith.addf %29, %cst_10 : f32
          %33 = arith.addf %30, %cst_11 : f32
          %34 = arith.mulf %31, %16 : f32
          %35 = arith.mulf %32, %17 : f32
          %36 = arith.mulf %33, %17 : f32
          %37 = arith.addf %34, %cst_12 : f32
          %38 = arith.addf %35, %cst_13 : f32
          %39 = arith.addf %36, %cst_14 : f32
          %40 = arith.mulf %37, %16 : f32
          %41 = arith.mulf %38, %17 : f32
          %42 = arith.mulf %39, %17 : f32
          %43 = arith.addf %40, %cst_15 : f32
          %44 = arith.addf %41, %cst_16 : f32
          %45 = arith.addf %42, %cst_17 : f32
          %46 = arith.mulf %43, %16 : f32
          %47 = arith.mulf %44, %17 : f32
          %48 = arith.mulf %45, %17 : f32
          %49 = arith.addf %46, %cst_18 : f32
          %50 = arith.addf %47, %cst_19 : f32
          %51 = arith.addf %48, %cst_20 : f32
          %52 = arith.mulf %49, %16 : f32
          %53 = arith.mulf %50, %17 : f32
          %54 = arith.mulf %51, %17 : f32
          %55 = arith.addf %52, %cst_21 : f32
          %56 = arith.negf %16 : f32
          %57 = math.exp %56 : f32
          %58 = math.absf %15 : f32
          %59 = arith.divf %cst_1, %58 : f32
          %60 = arith.cmpf olt, %58, %cst_24 : f32
          %61 = arith.addf %53, %cst_22 : f32
          %62 = arith.addf %54, %cst_23 : f32
          %63 = arith.mulf %55, %16 : f32
          %64 = arith.mulf %57, %59 : f32
          %65 = arith.select %60, %61, %62 : f32
          %66 = arith.addf %63, %cst_25 : f32
          %67 = arith.cmpf olt, %56, %cst_26 : f32
          %68 = arith.mulf %64, %65 : f32
          %69 = arith.mulf %15, %66 : f32
          %70 = arith.cmpf olt, %15, %cst_27 : f32
          %71 = arith.select %67, %cst_27, %68 : f32
          %72 = arith.subf %cst_24, %71 : f32
          %73 = arith.cmpf olt, %58, %cst_1 : f32
          %74 = arith.subf %cst_1, %69 : f32
          %75 = arith.select %70, %72, %71 : f32
          %76 = arith.select %73, %74, %75 : f32
          llvm.store %76, %8 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %4 = arith.muli %arg6, %c1024 overflow<nsw> : index
        %5 = arith.addi %3, %4 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %6 = arith.addi %5, %arg7 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg0[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %9 = llvm.load %8 : !llvm.ptr -> f32
          %10 = arith.index_castui %arg7 : index to i64
          %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %12 = llvm.load %11 invariant : !llvm.ptr -> f32
          %13 = arith.addf %9, %12 : f32
          %14 = arith.negf %13 : f32
          %15 = arith.mulf %14, %cst_0 : f32
          %16 = arith.mulf %15, %15 : f32
          %17 = arith.divf %cst_1, %16 : f32
          %18 = arith.mulf %17, %cst : f32
          %19 = arith.addf %18, %cst_2 : f32
          %20 = arith.mulf %19, %17 : f32
          %21 = arith.mulf %17, %cst_3 : f32
          %22 = arith.addf %20, %cst_4 : f32
          %23 = arith.addf %21, %cst_5 : f32
          %24 = arith.mulf %22, %17 : f32
          %25 = arith.mulf %23, %17 : f32
          %26 = arith.addf %24, %cst_6 : f32
          %27 = arith.addf %25, %cst_7 : f32
          %28 = arith.mulf %16, %cst_8 : f32
          %29 = arith.mulf %26, %17 : f32
          %30 = arith.mulf %27, %17 : f32
          %31 = arith.addf %28, %cst_9 : f32
          %32 = arith.addf %29, %cst_10 : f32
          %33 = arith.addf %30, %cst_11 : f32
          %34 = arith.mulf %31, %16 : f32
          %35 = arith.mulf %32, %17 : f32
          %36 = arith.mulf %33, %17 : f32
          %37 = arith.addf %34, %cst_12 : f32
          %38 = arith.addf %35, %cst_13 : f32
          %39 = arith.addf %36, %cst_14 : f32
          %40 = arith.mulf %37, %16 : f32
          %41 = arith.mulf %38, %17 : f32
          %42 = arith.mulf %39, %17 : f32
          %43 = arith.addf %40, %cst_15 : f32
          %44 = arith.addf %41, %cst_16 : f32
          %45 = arith.addf %42, %cst_17 : f32
          %46 = arith.mulf %43, %16 : f32
          %47 = arith.mulf %44, %17 : f32
          %48 = arith.mulf %45, %17 : f32
          %49 = arith.addf %46, %cst_18 : f32
          %50 = arith.addf %47, %cst_19 : f32
          %51 = arith.addf %48, %cst_20 : f32
          %52 = arith.mulf %49, %16 : f32
          %53 = arith.mulf %50, %17 : f32
          %54 = arith.mulf %51, %17 : f32
          %55 = arith.addf %52, %cst_21 : f32
          %56 = arith.negf %16 : f32
          %57 = math.exp %56 : f32
          %58 = math.absf %15 : f32
          %59 = arith.divf %cst_1, %58 : f32
          %60 = arith.cmpf olt, %58, %cst_24 : f32
          %61 = arith.addf %53, %cst_22 : f32
          %62 = arith.addf %54, %cst_23 : f32
          %63 = arith.mulf %55, %16 : f32
          %64 = arith.mulf %57, %59 : f32
          %65 = arith.select %60, %61, %62 : f32
          %66 = arith.addf %63, %cst_25 : f32
          %67 = arith.cmpf olt, %56, %cst_26 : f32
          %68 = arith.mulf %64, %65 : f32
          %69 = arith.mulf %15, %66 : f32
          %70 = arith.cmpf olt, %15, %cst_27 : f32
          %71 = arith.select %67, %cst_27, %68 : f32
          %72 = arith.subf %cst_24, %71 : f32
          %73 = arith.cmpf olt, %58, %cst_1 : f32
          %74 = arith.subf %cst_1, %69 : f32
          %75 = arith.select %70, %72, %71 : f32
          %76 = arith.select %73, %74, %75 : f32
          llvm.store %76, %8 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before SCFToControlFlowPass: convert-scf-to-cf{allow-pattern-rollback=true} ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c32 step %c1 {
        %4 = arith.muli %arg6, %c1024 overflow<nsw> : index
        %5 = arith.addi %3, %4 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c1024 step %c1 {
          %6 = arith.addi %5, %arg7 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg0[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %9 = llvm.load %8 : !llvm.ptr -> f32
          %10 = arith.index_castui %arg7 : index to i64
          %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
          %12 = llvm.load %11 invariant : !llvm.ptr -> f32
          %13 = arith.addf %9, %12 : f32
          %14 = arith.negf %13 : f32
          %15 = arith.mulf %14, %cst_0 : f32
          %16 = arith.mulf %15, %15 : f32
          %17 = arith.divf %cst_1, %16 : f32
          %18 = arith.mulf %17, %cst : f32
          %19 = arith.addf %18, %cst_2 : f32
          %20 = arith.mulf %19, %17 : f32
          %21 = arith.mulf %17, %cst_3 : f32
          %22 = arith.addf %20, %cst_4 : f32
          %23 = arith.addf %21, %cst_5 : f32
          %24 = arith.mulf %22, %17 : f32
          %25 = arith.mulf %23, %17 : f32
          %26 = arith.addf %24, %cst_6 : f32
          %27 = arith.addf %25, %cst_7 : f32
          %28 = arith.mulf %16, %cst_8 : f32
          %29 = arith.mulf %26, %17 : f32
          %30 = arith.mulf %27, %17 : f32
          %31 = arith.addf %28, %cst_9 : f32
          %32 = arith.addf %29, %cst_10 : f32
          %33 = arith.addf %30, %cst_11 : f32
          %34 = arith.mulf %31, %16 : f32
          %35 = arith.mulf %32, %17 : f32
          %36 = arith.mulf %33, %17 : f32
          %37 = arith.addf %34, %cst_12 : f32
          %38 = arith.addf %35, %cst_13 : f32
          %39 = arith.addf %36, %cst_14 : f32
          %40 = arith.mulf %37, %16 : f32
          %41 = arith.mulf %38, %17 : f32
          %42 = arith.mulf %39, %17 : f32
          %43 = arith.addf %40, %cst_15 : f32
          %44 = arith.addf %41, %cst_16 : f32
          %45 = arith.addf %42, %cst_17 : f32
          %46 = arith.mulf %43, %16 : f32
          %47 = arith.mulf %44, %17 : f32
          %48 = arith.mulf %45, %17 : f32
          %49 = arith.addf %46, %cst_18 : f32
          %50 = arith.addf %47, %cst_19 : f32
          %51 = arith.addf %48, %cst_20 : f32
          %52 = arith.mulf %49, %16 : f32
          %53 = arith.mulf %50, %17 : f32
          %54 = arith.mulf %51, %17 : f32
          %55 = arith.addf %52, %cst_21 : f32
          %56 = arith.negf %16 : f32
          %57 = math.exp %56 : f32
          %58 = math.absf %15 : f32
          %59 = arith.divf %cst_1, %58 : f32
          %60 = arith.cmpf olt, %58, %cst_24 : f32
          %61 = arith.addf %53, %cst_22 : f32
          %62 = arith.addf %54, %cst_23 : f32
          %63 = arith.mulf %55, %16 : f32
          %64 = arith.mulf %57, %59 : f32
          %65 = arith.select %60, %61, %62 : f32
          %66 = arith.addf %63, %cst_25 : f32
          %67 = arith.cmpf olt, %56, %cst_26 : f32
          %68 = arith.mulf %64, %65 : f32
          %69 = arith.mulf %15, %66 : f32
          %70 = arith.cmpf olt, %15, %cst_27 : f32
          %71 = arith.select %67, %cst_27, %68 : f32
          %72 = arith.subf %cst_24, %71 : f32
          %73 = arith.cmpf olt, %58, %cst_1 : f32
          %74 = arith.subf %cst_1, %69 : f32
          %75 = arith.select %70, %72, %71 : f32
          %76 = arith.select %73, %74, %75 : f32
          llvm.store %76, %8 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before LowerXlaIntrinsicLibPass: xla-lower-xla-intrinsic-lib ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    cf.cond_br %2, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
    cf.br ^bb2(%c0 : index)
  ^bb2(%4: index):  // 2 preds: ^bb1, ^bb6
    %5 = arith.cmpi slt, %4, %c32 : index
    cf.cond_br %5, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %6 = arith.muli %4, %c1024 overflow<nsw> : index
    %7 = arith.addi %3, %6 overflow<nsw> : index
    cf.br ^bb4(%c0 : index)
  ^bb4(%8: index):  // 2 preds: ^bb3, ^bb5
    %9 = arith.cmpi slt, %8, %c1024 : index
    cf.cond_br %9, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %10 = arith.addi %7, %8 overflow<nsw> : index
    %11 = arith.index_castui %10 : index to i64
    %12 = llvm.getelementptr inbounds %arg0[0, %11] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %13 = llvm.load %12 : !llvm.ptr -> f32
    %14 = arith.index_castui %8 : index to i64
    %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %16 = llvm.load %15 invariant : !llvm.ptr -> f32
    %17 = arith.addf %13, %16 : f32
    %18 = arith.negf %17 : f32
    %19 = arith.mulf %18, %cst_0 : f32
    %20 = arith.mulf %19, %19 : f32
    %21 = arith.divf %cst_1, %20 : f32
    %22 = arith.mulf %21, %cst : f32
    %23 = arith.addf %22, %cst_2 : f32
    %24 = arith.mulf %23, %21 : f32
    %25 = arith.mulf %21, %cst_3 : f32
    %26 = arith.addf %24, %cst_4 : f32
    %27 = arith.addf %25, %cst_5 : f32
    %28 = arith.mulf %26, %21 : f32
    %29 = arith.mulf %27, %21 : f32
    %30 = arith.addf %28, %cst_6 : f32
    %31 = arith.addf %29, %cst_7 : f32
    %32 = arith.mulf %20, %cst_8 : f32
    %33 = arith.mulf %30, %21 : f32
    %34 = arith.mulf %31, %21 : f32
    %35 = arith.addf %32, %cst_9 : f32
    %36 = arith.addf %33, %cst_10 : f32
    %37 = arith.addf %34, %cst_11 : f32
    %38 = arith.mulf %35, %20 : f32
    %39 = arith.mulf %36, %21 : f32
    %40 = arith.mulf %37, %21 : f32
    %41 = arith.addf %38, %cst_12 : f32
    %42 = arith.addf %39, %cst_13 : f32
    %43 = arith.addf %40, %cst_14 : f32
    %44 = arith.mulf %41, %20 : f32
    %45 = arith.mulf %42, %21 : f32
    %46 = arith.mulf %43, %21 : f32
    %47 = arith.addf %44, %cst_15 : f32
    %48 = arith.addf %45, %cst_16 : f32
    %49 = arith.addf %46, %cst_17 : f32
    %50 = arith.mulf %47, %20 : f32
    %51 = arith.mulf %48, %21 : f32
    %52 = arith.mulf %49, %21 : f32
    %53 = arith.addf %50, %cst_18 : f32
    %54 = arith.addf %51, %cst_19 : f32
    %55 = arith.addf %52, %cst_20 : f32
    %56 = arith.mulf %53, %20 : f32
    %57 = arith.mulf %54, %21 : f32
    %58 = arith.mulf %55, %21 : f32
    %59 = arith.addf %56, %cst_21 : f32
    %60 = arith.negf %20 : f32
    %61 = math.exp %60 : f32
    %62 = math.absf %19 : f32
    %63 = arith.divf %cst_1, %62 : f32
    %64 = arith.cmpf olt, %62, %cst_24 : f32
    %65 = arith.addf %57, %cst_22 : f32
    %66 = arith.addf %58, %cst_23 : f32
    %67 = arith.mulf %59, %20 : f32
    %68 = arith.mulf %61, %63 : f32
    %69 = arith.select %64, %65, %66 : f32
    %70 = arith.addf %67, %cst_25 : f32
    %71 = arith.cmpf olt, %60, %cst_26 : f32
    %72 = arith.mulf %68, %69 : f32
    %73 = arith.mulf %19, %70 : f32
    %74 = arith.cmpf olt, %19, %cst_27 : f32
    %75 = arith.select %71, %cst_27, %72 : f32
    %76 = arith.subf %cst_24, %75 : f32
    %77 = arith.cmpf olt, %62, %cst_1 : f32
    %78 = arith.subf %cst_1, %73 : f32
    %79 = arith.select %74, %76, %75 : f32
    %80 = arith.select %77, %78, %79 : f32
    llvm.store %80, %12 : f32, !llvm.ptr
    %81 = arith.addi %8, %c1 : index
    cf.br ^bb4(%81 : index)
  ^bb6:  // pred: ^bb4
    %82 = arith.addi %4, %c1 : index
    cf.br ^bb2(%82 : index) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    cf.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @select_select_fusion) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    cf.cond_br %2, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
    cf.br ^bb2(%c0 : index)
  ^bb2(%4: index):  // 2 preds: ^bb1, ^bb6
    %5 = arith.cmpi slt, %4, %c32 : index
    cf.cond_br %5, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %6 = arith.muli %4, %c1024 overflow<nsw> : index
    %7 = arith.addi %3, %6 overflow<nsw> : index
    cf.br ^bb4(%c0 : index)
  ^bb4(%8: index):  // 2 preds: ^bb3, ^bb5
    %9 = arith.cmpi slt, %8, %c1024 : index
    cf.cond_br %9, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %10 = arith.addi %7, %8 overflow<nsw> : index
    %11 = arith.index_castui %10 : index to i64
    %12 = llvm.getelementptr inbounds %arg0[0, %11] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %13 = llvm.load %12 : !llvm.ptr -> f32
    %14 = arith.index_castui %8 : index to i64
    %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %16 = llvm.load %15 invariant : !llvm.ptr -> f32
    %17 = arith.addf %13, %16 : f32
    %18 = arith.negf %17 : f32
    %19 = arith.mulf %18, %cst_0 : f32
    %20 = arith.mulf %19, %19 : f32
    %21 = arith.divf %cst_1, %20 : f32
    %22 = arith.mulf %21, %cst : f32
    %23 = arith.addf %22, %cst_2 : f32
    %24 = arith.mulf %23, %21 : f32
    %25 = arith.mulf %21, %cst_3 : f32
    %26 = arith.addf %24, %cst_4 : f32
    %27 = arith.addf %25, %cst_5 : f32
    %28 = arith.mulf %26, %21 : f32
    %29 = arith.mulf %27, %21 : f32
    %30 = arith.addf %28, %cst_6 : f32
    %31 = arith.addf %29, %cst_7 : f32
    %32 = arith.mulf %20, %cst_8 : f32
    %33 = arith.mulf %30, %21 : f32
    %34 = arith.mulf %31, %21 : f32
    %35 = arith.addf %32, %cst_9 : f32
    %36 = arith.addf %33, %cst_10 : f32
    %37 = arith.addf %34, %cst_11 : f32
    %38 = arith.mulf %35, %20 : f32
    %39 = arith.mulf %36, %21 : f32
    %40 = arith.mulf %37, %21 : f32
    %41 = arith.addf %38, %cst_12 : f32
    %42 = arith.addf %39, %cst_13 : f32
    %43 = arith.addf %40, %cst_14 : f32
    %44 = arith.mulf %41, %20 : f32
    %45 = arith.mulf %42, %21 : f32
    %46 = arith.mulf %43, %21 : f32
    %47 = arith.addf %44, %cst_15 : f32
    %48 = arith.addf %45, %cst_16 : f32
    %49 = arith.addf %46, %cst_17 : f32
    %50 = arith.mulf %47, %20 : f32
    %51 = arith.mulf %48, %21 : f32
    %52 = arith.mulf %49, %21 : f32
    %53 = arith.addf %50, %cst_18 : f32
    %54 = arith.addf %51, %cst_19 : f32
    %55 = arith.addf %52, %cst_20 : f32
    %56 = arith.mulf %53, %20 : f32
    %57 = arith.mulf %54, %21 : f32
    %58 = arith.mulf %55, %21 : f32
    %59 = arith.addf %56, %cst_21 : f32
    %60 = arith.negf %20 : f32
    %61 = math.exp %60 : f32
    %62 = math.absf %19 : f32
    %63 = arith.divf %cst_1, %62 : f32
    %64 = arith.cmpf olt, %62, %cst_24 : f32
    %65 = arith.addf %57, %cst_22 : f32
    %66 = arith.addf %58, %cst_23 : f32
    %67 = arith.mulf %59, %20 : f32
    %68 = arith.mulf %61, %63 : f32
    %69 = arith.select %64, %65, %66 : f32
    %70 = arith.addf %67, %cst_25 : f32
    %71 = arith.cmpf olt, %60, %cst_26 : f32
    %72 = arith.mulf %68, %69 : f32
    %73 = arith.mulf %19, %70 : f32
    %74 = arith.cmpf olt, %19, %cst_27 : f32
    %75 = arith.select %71, %cst_27, %72 : f32
    %76 = arith.subf %cst_24, %75 : f32
    %77 = arith.cmpf olt, %62, %cst_1 : f32
    %78 = arith.subf %cst_1, %73 : f32
    %79 = arith.select %74, %76, %75 : f32
    %80 = arith.select %77, %78, %79 : f32
    llvm.store %80, %12 : f32, !llvm.ptr
    %81 = arith.addi %8, %c1 : index
    cf.br ^bb4(%81 : index)
  ^bb6:  // pred: ^bb4
    %82 = arith.addi %4, %c1 : index
    cf.br ^bb2(%82 : index) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    cf.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @select_select_fusion_wrapped) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    cf.cond_br %2, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
    cf.br ^bb2(%c0 : index)
  ^bb2(%4: index):  // 2 preds: ^bb1, ^bb6
    %5 = arith.cmpi slt, %4, %c32 : index
    cf.cond_br %5, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %6 = arith.muli %4, %c1024 overflow<nsw> : index
    %7 = arith.addi %3, %6 overflow<nsw> : index
    cf.br ^bb4(%c0 : index)
  ^bb4(%8: index):  // 2 preds: ^bb3, ^bb5
    %9 = arith.cmpi slt, %8, %c1024 : index
    cf.cond_br %9, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %10 = arith.addi %7, %8 overflow<nsw> : index
    %11 = arith.index_castui %10 : index to i64
    %12 = llvm.getelementptr inbounds %arg0[0, %11] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %13 = llvm.load %12 : !llvm.ptr -> f32
    %14 = arith.index_castui %8 : index to i64
    %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %16 = llvm.load %15 invariant : !llvm.ptr -> f32
    %17 = arith.addf %13, %16 : f32
    %18 = arith.negf %17 : f32
    %19 = arith.mulf %18, %cst_0 : f32
    %20 = arith.mulf %19, %19 : f32
    %21 = arith.divf %cst_1, %20 : f32
    %22 = arith.mulf %21, %cst : f32
    %23 = arith.addf %22, %cst_2 : f32
    %24 = arith.mulf %23, %21 : f32
    %25 = arith.mulf %21, %cst_3 : f32
    %26 = arith.addf %24, %cst_4 : f32
    %27 = arith.addf %25, %cst_5 : f32
    %28 = arith.mulf %26, %21 : f32
    %29 = arith.mulf %27, %21 : f32
    %30 = arith.addf %28, %cst_6 : f32
    %31 = arith.addf %29, %cst_7 : f32
    %32 = arith.mulf %20, %cst_8 : f32
    %33 = arith.mulf %30, %21 : f32
    %34 = arith.mulf %31, %21 : f32
    %35 = arith.addf %32, %cst_9 : f32
    %36 = arith.addf %33, %cst_10 : f32
    %37 = arith.addf %34, %cst_11 : f32
    %38 = arith.mulf %35, %20 : f32
    %39 = arith.mulf %36, %21 : f32
    %40 = arith.mulf %37, %21 : f32
    %41 = arith.addf %38, %cst_12 : f32
    %42 = arith.addf %39, %cst_13 : f32
    %43 = arith.addf %40, %cst_14 : f32
    %44 = arith.mulf %41, %20 : f32
    %45 = arith.mulf %42, %21 : f32
    %46 = arith.mulf %43, %21 : f32
    %47 = arith.addf %44, %cst_15 : f32
    %48 = arith.addf %45, %cst_16 : f32
    %49 = arith.addf %46, %cst_17 : f32
    %50 = arith.mulf %47, %20 : f32
    %51 = arith.mulf %48, %21 : f32
    %52 = arith.mulf %49, %21 : f32
    %53 = arith.addf %50, %cst_18 : f32
    %54 = arith.addf %51, %cst_19 : f32
    %55 = arith.addf %52, %cst_20 : f32
    %56 = arith.mulf %53, %20 : f32
    %57 = arith.mulf %54, %21 : f32
    %58 = arith.mulf %55, %21 : f32
    %59 = arith.addf %56, %cst_21 : f32
    %60 = arith.negf %20 : f32
    %61 = math.exp %60 : f32
    %62 = math.absf %19 : f32
    %63 = arith.divf %cst_1, %62 : f32
    %64 = arith.cmpf olt, %62, %cst_24 : f32
    %65 = arith.addf %57, %cst_22 : f32
    %66 = arith.addf %58, %cst_23 : f32
    %67 = arith.mulf %59, %20 : f32
    %68 = arith.mulf %61, %63 : f32
    %69 = arith.select %64, %65, %66 : f32
    %70 = arith.addf %67, %cst_25 : f32
    %71 = arith.cmpf olt, %60, %cst_26 : f32
    %72 = arith.mulf %68, %69 : f32
    %73 = arith.mulf %19, %70 : f32
    %74 = arith.cmpf olt, %19, %cst_27 : f32
    %75 = arith.select %71, %cst_27, %72 : f32
    %76 = arith.subf %cst_24, %75 : f32
    %77 = arith.cmpf olt, %62, %cst_1 : f32
    %78 = arith.subf %cst_1, %73 : f32
    %79 = arith.select %74, %76, %75 : f32
    %80 = arith.select %77, %78, %79 : f32
    llvm.store %80, %12 : f32, !llvm.ptr
    %81 = arith.addi %8, %c1 : index
    cf.br ^bb4(%81 : index)
  ^bb6:  // pred: ^bb4
    %82 = arith.addi %4, %c1 : index
    cf.br ^bb2(%82 : index) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    cf.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
    return
  }
}


// -----// IR Dump Before ConvertMathToLibmPass: convert-math-to-libm ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    cf.cond_br %2, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
    cf.br ^bb2(%c0 : index)
  ^bb2(%4: index):  // 2 preds: ^bb1, ^bb6
    %5 = arith.cmpi slt, %4, %c32 : index
    cf.cond_br %5, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %6 = arith.muli %4, %c1024 overflow<nsw> : index
    %7 = arith.addi %3, %6 overflow<nsw> : index
    cf.br ^bb4(%c0 : index)
  ^bb4(%8: index):  // 2 preds: ^bb3, ^bb5
    %9 = arith.cmpi slt, %8, %c1024 : index
    cf.cond_br %9, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %10 = arith.addi %7, %8 overflow<nsw> : index
    %11 = arith.index_castui %10 : index to i64
    %12 = llvm.getelementptr inbounds %arg0[0, %11] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %13 = llvm.load %12 : !llvm.ptr -> f32
    %14 = arith.index_castui %8 : index to i64
    %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %16 = llvm.load %15 invariant : !llvm.ptr -> f32
    %17 = arith.addf %13, %16 : f32
    %18 = arith.negf %17 : f32
    %19 = arith.mulf %18, %cst_0 : f32
    %20 = arith.mulf %19, %19 : f32
    %21 = arith.divf %cst_1, %20 : f32
    %22 = arith.mulf %21, %cst : f32
    %23 = arith.addf %22, %cst_2 : f32
    %24 = arith.mulf %23, %21 : f32
    %25 = arith.mulf %21, %cst_3 : f32
    %26 = arith.addf %24, %cst_4 : f32
    %27 = arith.addf %25, %cst_5 : f32
    %28 = arith.mulf %26, %21 : f32
    %29 = arith.mulf %27, %21 : f32
    %30 = arith.addf %28, %cst_6 : f32
    %31 = arith.addf %29, %cst_7 : f32
    %32 = arith.mulf %20, %cst_8 : f32
    %33 = arith.mulf %30, %21 : f32
    %34 = arith.mulf %31, %21 : f32
    %35 = arith.addf %32, %cst_9 : f32
    %36 = arith.addf %33, %cst_10 : f32
    %37 = arith.addf %34, %cst_11 : f32
    %38 = arith.mulf %35, %20 : f32
    %39 = arith.mulf %36, %21 : f32
    %40 = arith.mulf %37, %21 : f32
    %41 = arith.addf %38, %cst_12 : f32
    %42 = arith.addf %39, %cst_13 : f32
    %43 = arith.addf %40, %cst_14 : f32
    %44 = arith.mulf %41, %20 : f32
    %45 = arith.mulf %42, %21 : f32
    %46 = arith.mulf %43, %21 : f32
    %47 = arith.addf %44, %cst_15 : f32
    %48 = arith.addf %45, %cst_16 : f32
    %49 = arith.addf %46, %cst_17 : f32
    %50 = arith.mulf %47, %20 : f32
    %51 = arith.mulf %48, %21 : f32
    %52 = arith.mulf %49, %21 : f32
    %53 = arith.addf %50, %cst_18 : f32
    %54 = arith.addf %51, %cst_19 : f32
    %55 = arith.addf %52, %cst_20 : f32
    %56 = arith.mulf %53, %20 : f32
    %57 = arith.mulf %54, %21 : f32
    %58 = arith.mulf %55, %21 : f32
    %59 = arith.addf %56, %cst_21 : f32
    %60 = arith.negf %20 : f32
    %61 = llvm.intr.exp(%60) : (f32) -> f32
    %62 = llvm.intr.fabs(%19) : (f32) -> f32
    %63 = arith.divf %cst_1, %62 : f32
    %64 = arith.cmpf olt, %62, %cst_24 : f32
    %65 = arith.addf %57, %cst_22 : f32
    %66 = arith.addf %58, %cst_23 : f32
    %67 = arith.mulf %59, %20 : f32
    %68 = arith.mulf %61, %63 : f32
    %69 = arith.select %64, %65, %66 : f32
    %70 = arith.addf %67, %cst_25 : f32
    %71 = arith.cmpf olt, %60, %cst_26 : f32
    %72 = arith.mulf %68, %69 : f32
    %73 = arith.mulf %19, %70 : f32
    %74 = arith.cmpf olt, %19, %cst_27 : f32
    %75 = arith.select %71, %cst_27, %72 : f32
    %76 = arith.subf %cst_24, %75 : f32
    %77 = arith.cmpf olt, %62, %cst_1 : f32
    %78 = arith.subf %cst_1, %73 : f32
    %79 = arith.select %74, %76, %75 : f32
    %80 = arith.select %77, %78, %79 : f32
    llvm.store %80, %12 : f32, !llvm.ptr
    %81 = arith.addi %8, %c1 : index
    cf.br ^bb4(%81 : index)
  ^bb6:  // pred: ^bb4
    %82 = arith.addi %4, %c1 : index
    cf.br ^bb2(%82 : index) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    cf.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
    return
  }
}


// -----// IR Dump Before LowerToLLVMCPUPass: xla-lower-to-llvm-cpu ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @select_select_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c1024 = arith.constant 1024 : index
    %c32 = arith.constant 32 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.707106769 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant -0.138703942 : f32
    %cst_3 = arith.constant -10.477664 : f32
    %cst_4 = arith.constant 0.368742466 : f32
    %cst_5 = arith.constant 1.297720e+01 : f32
    %cst_6 = arith.constant -0.582473278 : f32
    %cst_7 = arith.constant -7.49551868 : f32
    %cst_8 = arith.constant 7.85386146E-5 : f32
    %cst_9 = arith.constant -8.0101937E-4 : f32
    %cst_10 = arith.constant 0.621000468 : f32
    %cst_11 = arith.constant 2.92101908 : f32
    %cst_12 = arith.constant 0.00518832775 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant -1.01526523 : f32
    %cst_15 = arith.constant -0.0268538129 : f32
    %cst_16 = arith.constant 3.404880e-01 : f32
    %cst_17 = arith.constant 0.42184633 : f32
    %cst_18 = arith.constant 0.112835854 : f32
    %cst_19 = arith.constant -0.274112701 : f32
    %cst_20 = arith.constant -0.282076746 : f32
    %cst_21 = arith.constant -0.37612626 : f32
    %cst_22 = arith.constant 0.563825965 : f32
    %cst_23 = arith.constant 0.564189494 : f32
    %cst_24 = arith.constant 2.000000e+00 : f32
    %cst_25 = arith.constant 1.12837911 : f32
    %cst_26 = arith.constant -88.7228394 : f32
    %cst_27 = arith.constant 0.000000e+00 : f32
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    cf.cond_br %2, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %3 = arith.muli %arg3, %c32768 overflow<nsw> : index
    cf.br ^bb2(%c0 : index)
  ^bb2(%4: index):  // 2 preds: ^bb1, ^bb6
    %5 = arith.cmpi slt, %4, %c32 : index
    cf.cond_br %5, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %6 = arith.muli %4, %c1024 overflow<nsw> : index
    %7 = arith.addi %3, %6 overflow<nsw> : index
    cf.br ^bb4(%c0 : index)
  ^bb4(%8: index):  // 2 preds: ^bb3, ^bb5
    %9 = arith.cmpi slt, %8, %c1024 : index
    cf.cond_br %9, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %10 = arith.addi %7, %8 overflow<nsw> : index
    %11 = arith.index_castui %10 : index to i64
    %12 = llvm.getelementptr inbounds %arg0[0, %11] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %13 = llvm.load %12 : !llvm.ptr -> f32
    %14 = arith.index_castui %8 : index to i64
    %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %16 = llvm.load %15 invariant : !llvm.ptr -> f32
    %17 = arith.addf %13, %16 : f32
    %18 = arith.negf %17 : f32
    %19 = arith.mulf %18, %cst_0 : f32
    %20 = arith.mulf %19, %19 : f32
    %21 = arith.divf %cst_1, %20 : f32
    %22 = arith.mulf %21, %cst : f32
    %23 = arith.addf %22, %cst_2 : f32
    %24 = arith.mulf %23, %21 : f32
    %25 = arith.mulf %21, %cst_3 : f32
    %26 = arith.addf %24, %cst_4 : f32
    %27 = arith.addf %25, %cst_5 : f32
    %28 = arith.mulf %26, %21 : f32
    %29 = arith.mulf %27, %21 : f32
    %30 = arith.addf %28, %cst_6 : f32
    %31 = arith.addf %29, %cst_7 : f32
    %32 = arith.mulf %20, %cst_8 : f32
    %33 = arith.mulf %30, %21 : f32
    %34 = arith.mulf %31, %21 : f32
    %35 = arith.addf %32, %cst_9 : f32
    %36 = arith.addf %33, %cst_10 : f32
    %37 = arith.addf %34, %cst_11 : f32
    %38 = arith.mulf %35, %20 : f32
    %39 = arith.mulf %36, %21 : f32
    %40 = arith.mulf %37, %21 : f32
    %41 = arith.addf %38, %cst_12 : f32
    %42 = arith.addf %39, %cst_13 : f32
    %43 = arith.addf %40, %cst_14 : f32
    %44 = arith.mulf %41, %20 : f32
    %45 = arith.mulf %42, %21 : f32
    %46 = arith.mulf %43, %21 : f32
    %47 = arith.addf %44, %cst_15 : f32
    %48 = arith.addf %45, %cst_16 : f32
    %49 = arith.addf %46, %cst_17 : f32
    %50 = arith.mulf %47, %20 : f32
    %51 = arith.mulf %48, %21 : f32
    %52 = arith.mulf %49, %21 : f32
    %53 = arith.addf %50, %cst_18 : f32
    %54 = arith.addf %51, %cst_19 : f32
    %55 = arith.addf %52, %cst_20 : f32
    %56 = arith.mulf %53, %20 : f32
    %57 = arith.mulf %54, %21 : f32
    %58 = arith.mulf %55, %21 : f32
    %59 = arith.addf %56, %cst_21 : f32
    %60 = arith.negf %20 : f32
    %61 = llvm.intr.exp(%60) : (f32) -> f32
    %62 = llvm.intr.fabs(%19) : (f32) -> f32
    %63 = arith.divf %cst_1, %62 : f32
    %64 = arith.cmpf olt, %62, %cst_24 : f32
    %65 = arith.addf %57, %cst_22 : f32
    %66 = arith.addf %58, %cst_23 : f32
    %67 = arith.mulf %59, %20 : f32
    %68 = arith.mulf %61, %63 : f32
    %69 = arith.select %64, %65, %66 : f32
    %70 = arith.addf %67, %cst_25 : f32
    %71 = arith.cmpf olt, %60, %cst_26 : f32
    %72 = arith.mulf %68, %69 : f32
    %73 = arith.mulf %19, %70 : f32
    %74 = arith.cmpf olt, %19, %cst_27 : f32
    %75 = arith.select %71, %cst_27, %72 : f32
    %76 = arith.subf %cst_24, %75 : f32
    %77 = arith.cmpf olt, %62, %cst_1 : f32
    %78 = arith.subf %cst_1, %73 : f32
    %79 = arith.select %74, %76, %75 : f32
    %80 = arith.select %77, %78, %79 : f32
    llvm.store %80, %12 : f32, !llvm.ptr
    %81 = arith.addi %8, %c1 : index
    cf.br ^bb4(%81 : index)
  ^bb6:  // pred: ^bb4
    %82 = arith.addi %4, %c1 : index
    cf.br ^bb2(%82 : index) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    cf.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
    return
  }
}


// -----// IR Dump Before ReconcileUnrealizedCastsPass: reconcile-unrealized-casts ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    llvm.call @select_select_fusion_wrapped(%4, %6, %8, %12, %15, %18) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: i64, %arg4: i64, %arg5: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(32768 : index) : i64
    %1 = llvm.mlir.constant(1024 : index) : i64
    %2 = llvm.mlir.constant(32 : index) : i64
    %3 = llvm.mlir.constant(0 : index) : i64
    %4 = llvm.mlir.constant(1 : index) : i64
    %5 = llvm.mlir.constant(2.326820e-02 : f32) : f32
    %6 = llvm.mlir.constant(0.707106769 : f32) : f32
    %7 = llvm.mlir.constant(1.000000e+00 : f32) : f32
    %8 = llvm.mlir.constant(-0.138703942 : f32) : f32
    %9 = llvm.mlir.constant(-10.477664 : f32) : f32
    %10 = llvm.mlir.constant(0.368742466 : f32) : f32
    %11 = llvm.mlir.constant(1.297720e+01 : f32) : f32
    %12 = llvm.mlir.constant(-0.582473278 : f32) : f32
    %13 = llvm.mlir.constant(-7.49551868 : f32) : f32
    %14 = llvm.mlir.constant(7.85386146E-5 : f32) : f32
    %15 = llvm.mlir.constant(-8.0101937E-4 : f32) : f32
    %16 = llvm.mlir.constant(0.621000468 : f32) : f32
    %17 = llvm.mlir.constant(2.92101908 : f32) : f32
    %18 = llvm.mlir.constant(0.00518832775 : f32) : f32
    %19 = llvm.mlir.constant(-0.494451523 : f32) : f32
    %20 = llvm.mlir.constant(-1.01526523 : f32) : f32
    %21 = llvm.mlir.constant(-0.0268538129 : f32) : f32
    %22 = llvm.mlir.constant(3.404880e-01 : f32) : f32
    %23 = llvm.mlir.constant(0.42184633 : f32) : f32
    %24 = llvm.mlir.constant(0.112835854 : f32) : f32
    %25 = llvm.mlir.constant(-0.274112701 : f32) : f32
    %26 = llvm.mlir.constant(-0.282076746 : f32) : f32
    %27 = llvm.mlir.constant(-0.37612626 : f32) : f32
    %28 = llvm.mlir.constant(0.563825965 : f32) : f32
    %29 = llvm.mlir.constant(0.564189494 : f32) : f32
    %30 = llvm.mlir.constant(2.000000e+00 : f32) : f32
    %31 = llvm.mlir.constant(1.12837911 : f32) : f32
    %32 = llvm.mlir.constant(-88.7228394 : f32) : f32
    %33 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %34 = llvm.icmp "sge" %arg3, %3 : i64
    %35 = llvm.icmp "sle" %arg3, %4 : i64
    %36 = llvm.and %34, %35 : i1
    llvm.cond_br %36, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %37 = llvm.mul %arg3, %0 overflow<nsw> : i64
    llvm.br ^bb2(%3 : i64)
  ^bb2(%38: i64):  // 2 preds: ^bb1, ^bb6
    %39 = llvm.icmp "slt" %38, %2 : i64
    llvm.cond_br %39, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %40 = llvm.mul %38, %1 overflow<nsw> : i64
    %41 = llvm.add %37, %40 overflow<nsw> : i64
    llvm.br ^bb4(%3 : i64)
  ^bb4(%42: i64):  // 2 preds: ^bb3, ^bb5
    %43 = llvm.icmp "slt" %42, %1 : i64
    llvm.cond_br %43, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %44 = llvm.add %41, %42 overflow<nsw> : i64
    %45 = llvm.getelementptr inbounds %arg0[0, %44] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %46 = llvm.load %45 : !llvm.ptr -> f32
    %47 = llvm.getelementptr inbounds %arg1[0, %42] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %48 = llvm.load %47 invariant : !llvm.ptr -> f32
    %49 = llvm.fadd %46, %48 : f32
    %50 = llvm.fneg %49 : f32
    %51 = llvm.fmul %50, %6 : f32
    %52 = llvm.fmul %51, %51 : f32
    %53 = llvm.fdiv %7, %52 : f32
    %54 = llvm.fmul %53, %5 : f32
    %55 = llvm.fadd %54, %8 : f32
    %56 = llvm.fmul %55, %53 : f32
    %57 = llvm.fmul %53, %9 : f32
    %58 = llvm.fadd %56, %10 : f32
    %59 = llvm.fadd %57, %11 : f32
    %60 = llvm.fmul %58, %53 : f32
    %61 = llvm.fmul %59, %53 : f32
    %62 = llvm.fadd %60, %12 : f32
    %63 = llvm.fadd %61, %13 : f32
    %64 = llvm.fmul %52, %14 : f32
    %65 = llvm.fmul %62, %53 : f32
    %66 = llvm.fmul %63, %53 : f32
    %67 = llvm.fadd %64, %15 : f32
    %68 = llvm.fadd %65, %16 : f32
    %69 = llvm.fadd %66, %17 : f32
    %70 = llvm.fmul %67, %52 : f32
    %71 = llvm.fmul %68, %53 : f32
    %72 = llvm.fmul %69, %53 : f32
    %73 = llvm.fadd %70, %18 : f32
    %74 = llvm.fadd %71, %19 : f32
    %75 = llvm.fadd %72, %20 : f32
    %76 = llvm.fmul %73, %52 : f32
    %77 = llvm.fmul %74, %53 : f32
    %78 = llvm.fmul %75, %53 : f32
    %79 = llvm.fadd %76, %21 : f32
    %80 = llvm.fadd %77, %22 : f32
    %81 = llvm.fadd %78, %23 : f32
    %82 = llvm.fmul %79, %52 : f32
    %83 = llvm.fmul %80, %53 : f32
    %84 = llvm.fmul %81, %53 : f32
    %85 = llvm.fadd %82, %24 : f32
    %86 = llvm.fadd %83, %25 : f32
    %87 = llvm.fadd %84, %26 : f32
    %88 = llvm.fmul %85, %52 : f32
    %89 = llvm.fmul %86, %53 : f32
    %90 = llvm.fmul %87, %53 : f32
    %91 = llvm.fadd %88, %27 : f32
    %92 = llvm.fneg %52 : f32
    %93 = llvm.intr.exp(%92) : (f32) -> f32
    %94 = llvm.intr.fabs(%51) : (f32) -> f32
    %95 = llvm.fdiv %7, %94 : f32
    %96 = llvm.fcmp "olt" %94, %30 : f32
    %97 = llvm.fadd %89, %28 : f32
    %98 = llvm.fadd %90, %29 : f32
    %99 = llvm.fmul %91, %52 : f32
    %100 = llvm.fmul %93, %95 : f32
    %101 = llvm.select %96, %97, %98 : i1, f32
    %102 = llvm.fadd %99, %31 : f32
    %103 = llvm.fcmp "olt" %92, %32 : f32
    %104 = llvm.fmul %100, %101 : f32
    %105 = llvm.fmul %51, %102 : f32
    %106 = llvm.fcmp "olt" %51, %33 : f32
    %107 = llvm.select %103, %33, %104 : i1, f32
    %108 = llvm.fsub %30, %107 : f32
    %109 = llvm.fcmp "olt" %94, %7 : f32
    %110 = llvm.fsub %7, %105 : f32
    %111 = llvm.select %106, %108, %107 : i1, f32
    %112 = llvm.select %109, %110, %111 : i1, f32
    llvm.store %112, %45 : f32, !llvm.ptr
    %113 = llvm.add %42, %4 : i64
    llvm.br ^bb4(%113 : i64)
  ^bb6:  // pred: ^bb4
    %114 = llvm.add %38, %4 : i64
    llvm.br ^bb2(%114 : i64) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    llvm.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
    llvm.return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    llvm.call @select_select_fusion_wrapped(%4, %6, %8, %12, %14, %16) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: i64, %arg4: i64, %arg5: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(32768 : index) : i64
    %1 = llvm.mlir.constant(1024 : index) : i64
    %2 = llvm.mlir.constant(32 : index) : i64
    %3 = llvm.mlir.constant(0 : index) : i64
    %4 = llvm.mlir.constant(1 : index) : i64
    %5 = llvm.mlir.constant(2.326820e-02 : f32) : f32
    %6 = llvm.mlir.constant(0.707106769 : f32) : f32
    %7 = llvm.mlir.constant(1.000000e+00 : f32) : f32
    %8 = llvm.mlir.constant(-0.138703942 : f32) : f32
    %9 = llvm.mlir.constant(-10.477664 : f32) : f32
    %10 = llvm.mlir.constant(0.368742466 : f32) : f32
    %11 = llvm.mlir.constant(1.297720e+01 : f32) : f32
    %12 = llvm.mlir.constant(-0.582473278 : f32) : f32
    %13 = llvm.mlir.constant(-7.49551868 : f32) : f32
    %14 = llvm.mlir.constant(7.85386146E-5 : f32) : f32
    %15 = llvm.mlir.constant(-8.0101937E-4 : f32) : f32
    %16 = llvm.mlir.constant(0.621000468 : f32) : f32
    %17 = llvm.mlir.constant(2.92101908 : f32) : f32
    %18 = llvm.mlir.constant(0.00518832775 : f32) : f32
    %19 = llvm.mlir.constant(-0.494451523 : f32) : f32
    %20 = llvm.mlir.constant(-1.01526523 : f32) : f32
    %21 = llvm.mlir.constant(-0.0268538129 : f32) : f32
    %22 = llvm.mlir.constant(3.404880e-01 : f32) : f32
    %23 = llvm.mlir.constant(0.42184633 : f32) : f32
    %24 = llvm.mlir.constant(0.112835854 : f32) : f32
    %25 = llvm.mlir.constant(-0.274112701 : f32) : f32
    %26 = llvm.mlir.constant(-0.282076746 : f32) : f32
    %27 = llvm.mlir.constant(-0.37612626 : f32) : f32
    %28 = llvm.mlir.constant(0.563825965 : f32) : f32
    %29 = llvm.mlir.constant(0.564189494 : f32) : f32
    %30 = llvm.mlir.constant(2.000000e+00 : f32) : f32
    %31 = llvm.mlir.constant(1.12837911 : f32) : f32
    %32 = llvm.mlir.constant(-88.7228394 : f32) : f32
    %33 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %34 = llvm.icmp "sge" %arg3, %3 : i64
    %35 = llvm.icmp "sle" %arg3, %4 : i64
    %36 = llvm.and %34, %35 : i1
    llvm.cond_br %36, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %37 = llvm.mul %arg3, %0 overflow<nsw> : i64
    llvm.br ^bb2(%3 : i64)
  ^bb2(%38: i64):  // 2 preds: ^bb1, ^bb6
    %39 = llvm.icmp "slt" %38, %2 : i64
    llvm.cond_br %39, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %40 = llvm.mul %38, %1 overflow<nsw> : i64
    %41 = llvm.add %37, %40 overflow<nsw> : i64
    llvm.br ^bb4(%3 : i64)
  ^bb4(%42: i64):  // 2 preds: ^bb3, ^bb5
    %43 = llvm.icmp "slt" %42, %1 : i64
    llvm.cond_br %43, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %44 = llvm.add %41, %42 overflow<nsw> : i64
    %45 = llvm.getelementptr inbounds %arg0[0, %44] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %46 = llvm.load %45 : !llvm.ptr -> f32
    %47 = llvm.getelementptr inbounds %arg1[0, %42] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %48 = llvm.load %47 invariant : !llvm.ptr -> f32
    %49 = llvm.fadd %46, %48 : f32
    %50 = llvm.fneg %49 : f32
    %51 = llvm.fmul %50, %6 : f32
    %52 = llvm.fmul %51, %51 : f32
    %53 = llvm.fdiv %7, %52 : f32
    %54 = llvm.fmul %53, %5 : f32
    %55 = llvm.fadd %54, %8 : f32
    %56 = llvm.fmul %55, %53 : f32
    %57 = llvm.fmul %53, %9 : f32
    %58 = llvm.fadd %56, %10 : f32
    %59 = llvm.fadd %57, %11 : f32
    %60 = llvm.fmul %58, %53 : f32
    %61 = llvm.fmul %59, %53 : f32
    %62 = llvm.fadd %60, %12 : f32
    %63 = llvm.fadd %61, %13 : f32
    %64 = llvm.fmul %52, %14 : f32
    %65 = llvm.fmul %62, %53 : f32
    %66 = llvm.fmul %63, %53 : f32
    %67 = llvm.fadd %64, %15 : f32
    %68 = llvm.fadd %65, %16 : f32
    %69 = llvm.fadd %66, %17 : f32
    %70 = llvm.fmul %67, %52 : f32
    %71 = llvm.fmul %68, %53 : f32
    %72 = llvm.fmul %69, %53 : f32
    %73 = llvm.fadd %70, %18 : f32
    %74 = llvm.fadd %71, %19 : f32
    %75 = llvm.fadd %72, %20 : f32
    %76 = llvm.fmul %73, %52 : f32
    %77 = llvm.fmul %74, %53 : f32
    %78 = llvm.fmul %75, %53 : f32
    %79 = llvm.fadd %76, %21 : f32
    %80 = llvm.fadd %77, %22 : f32
    %81 = llvm.fadd %78, %23 : f32
    %82 = llvm.fmul %79, %52 : f32
    %83 = llvm.fmul %80, %53 : f32
    %84 = llvm.fmul %81, %53 : f32
    %85 = llvm.fadd %82, %24 : f32
    %86 = llvm.fadd %83, %25 : f32
    %87 = llvm.fadd %84, %26 : f32
    %88 = llvm.fmul %85, %52 : f32
    %89 = llvm.fmul %86, %53 : f32
    %90 = llvm.fmul %87, %53 : f32
    %91 = llvm.fadd %88, %27 : f32
    %92 = llvm.fneg %52 : f32
    %93 = llvm.intr.exp(%92) : (f32) -> f32
    %94 = llvm.intr.fabs(%51) : (f32) -> f32
    %95 = llvm.fdiv %7, %94 : f32
    %96 = llvm.fcmp "olt" %94, %30 : f32
    %97 = llvm.fadd %89, %28 : f32
    %98 = llvm.fadd %90, %29 : f32
    %99 = llvm.fmul %91, %52 : f32
    %100 = llvm.fmul %93, %95 : f32
    %101 = llvm.select %96, %97, %98 : i1, f32
    %102 = llvm.fadd %99, %31 : f32
    %103 = llvm.fcmp "olt" %92, %32 : f32
    %104 = llvm.fmul %100, %101 : f32
    %105 = llvm.fmul %51, %102 : f32
    %106 = llvm.fcmp "olt" %51, %33 : f32
    %107 = llvm.select %103, %33, %104 : i1, f32
    %108 = llvm.fsub %30, %107 : f32
    %109 = llvm.fcmp "olt" %94, %7 : f32
    %110 = llvm.fsub %7, %105 : f32
    %111 = llvm.select %106, %108, %107 : i1, f32
    %112 = llvm.select %109, %110, %111 : i1, f32
    llvm.store %112, %45 : f32, !llvm.ptr
    %113 = llvm.add %42, %4 : i64
    llvm.br ^bb4(%113 : i64)
  ^bb6:  // pred: ^bb4
    %114 = llvm.add %38, %4 : i64
    llvm.br ^bb2(%114 : i64) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    llvm.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
    llvm.return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @select_select_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @select_select_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @select_select_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    llvm.call @select_select_fusion_wrapped(%4, %6, %8, %12, %14, %16) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @select_select_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: i64, %arg4: i64, %arg5: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(32768 : index) : i64
    %1 = llvm.mlir.constant(1024 : index) : i64
    %2 = llvm.mlir.constant(32 : index) : i64
    %3 = llvm.mlir.constant(0 : index) : i64
    %4 = llvm.mlir.constant(1 : index) : i64
    %5 = llvm.mlir.constant(2.326820e-02 : f32) : f32
    %6 = llvm.mlir.constant(0.707106769 : f32) : f32
    %7 = llvm.mlir.constant(1.000000e+00 : f32) : f32
    %8 = llvm.mlir.constant(-0.138703942 : f32) : f32
    %9 = llvm.mlir.constant(-10.477664 : f32) : f32
    %10 = llvm.mlir.constant(0.368742466 : f32) : f32
    %11 = llvm.mlir.constant(1.297720e+01 : f32) : f32
    %12 = llvm.mlir.constant(-0.582473278 : f32) : f32
    %13 = llvm.mlir.constant(-7.49551868 : f32) : f32
    %14 = llvm.mlir.constant(7.85386146E-5 : f32) : f32
    %15 = llvm.mlir.constant(-8.0101937E-4 : f32) : f32
    %16 = llvm.mlir.constant(0.621000468 : f32) : f32
    %17 = llvm.mlir.constant(2.92101908 : f32) : f32
    %18 = llvm.mlir.constant(0.00518832775 : f32) : f32
    %19 = llvm.mlir.constant(-0.494451523 : f32) : f32
    %20 = llvm.mlir.constant(-1.01526523 : f32) : f32
    %21 = llvm.mlir.constant(-0.0268538129 : f32) : f32
    %22 = llvm.mlir.constant(3.404880e-01 : f32) : f32
    %23 = llvm.mlir.constant(0.42184633 : f32) : f32
    %24 = llvm.mlir.constant(0.112835854 : f32) : f32
    %25 = llvm.mlir.constant(-0.274112701 : f32) : f32
    %26 = llvm.mlir.constant(-0.282076746 : f32) : f32
    %27 = llvm.mlir.constant(-0.37612626 : f32) : f32
    %28 = llvm.mlir.constant(0.563825965 : f32) : f32
    %29 = llvm.mlir.constant(0.564189494 : f32) : f32
    %30 = llvm.mlir.constant(2.000000e+00 : f32) : f32
    %31 = llvm.mlir.constant(1.12837911 : f32) : f32
    %32 = llvm.mlir.constant(-88.7228394 : f32) : f32
    %33 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %34 = llvm.icmp "sge" %arg3, %3 : i64
    %35 = llvm.icmp "sle" %arg3, %4 : i64
    %36 = llvm.and %34, %35 : i1
    llvm.cond_br %36, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %37 = llvm.mul %arg3, %0 overflow<nsw> : i64
    llvm.br ^bb2(%3 : i64)
  ^bb2(%38: i64):  // 2 preds: ^bb1, ^bb6
    %39 = llvm.icmp "slt" %38, %2 : i64
    llvm.cond_br %39, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %40 = llvm.mul %38, %1 overflow<nsw> : i64
    %41 = llvm.add %37, %40 overflow<nsw> : i64
    llvm.br ^bb4(%3 : i64)
  ^bb4(%42: i64):  // 2 preds: ^bb3, ^bb5
    %43 = llvm.icmp "slt" %42, %1 : i64
    llvm.cond_br %43, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %44 = llvm.add %41, %42 overflow<nsw> : i64
    %45 = llvm.getelementptr inbounds %arg0[0, %44] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %46 = llvm.load %45 : !llvm.ptr -> f32
    %47 = llvm.getelementptr inbounds %arg1[0, %42] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %48 = llvm.load %47 invariant : !llvm.ptr -> f32
    %49 = llvm.fadd %46, %48 : f32
    %50 = llvm.fneg %49 : f32
    %51 = llvm.fmul %50, %6 : f32
    %52 = llvm.fmul %51, %51 : f32
    %53 = llvm.fdiv %7, %52 : f32
    %54 = llvm.fmul %53, %5 : f32
    %55 = llvm.fadd %54, %8 : f32
    %56 = llvm.fmul %55, %53 : f32
    %57 = llvm.fmul %53, %9 : f32
    %58 = llvm.fadd %56, %10 : f32
    %59 = llvm.fadd %57, %11 : f32
    %60 = llvm.fmul %58, %53 : f32
    %61 = llvm.fmul %59, %53 : f32
    %62 = llvm.fadd %60, %12 : f32
    %63 = llvm.fadd %61, %13 : f32
    %64 = llvm.fmul %52, %14 : f32
    %65 = llvm.fmul %62, %53 : f32
    %66 = llvm.fmul %63, %53 : f32
    %67 = llvm.fadd %64, %15 : f32
    %68 = llvm.fadd %65, %16 : f32
    %69 = llvm.fadd %66, %17 : f32
    %70 = llvm.fmul %67, %52 : f32
    %71 = llvm.fmul %68, %53 : f32
    %72 = llvm.fmul %69, %53 : f32
    %73 = llvm.fadd %70, %18 : f32
    %74 = llvm.fadd %71, %19 : f32
    %75 = llvm.fadd %72, %20 : f32
    %76 = llvm.fmul %73, %52 : f32
    %77 = llvm.fmul %74, %53 : f32
    %78 = llvm.fmul %75, %53 : f32
    %79 = llvm.fadd %76, %21 : f32
    %80 = llvm.fadd %77, %22 : f32
    %81 = llvm.fadd %78, %23 : f32
    %82 = llvm.fmul %79, %52 : f32
    %83 = llvm.fmul %80, %53 : f32
    %84 = llvm.fmul %81, %53 : f32
    %85 = llvm.fadd %82, %24 : f32
    %86 = llvm.fadd %83, %25 : f32
    %87 = llvm.fadd %84, %26 : f32
    %88 = llvm.fmul %85, %52 : f32
    %89 = llvm.fmul %86, %53 : f32
    %90 = llvm.fmul %87, %53 : f32
    %91 = llvm.fadd %88, %27 : f32
    %92 = llvm.fneg %52 : f32
    %93 = llvm.intr.exp(%92) : (f32) -> f32
    %94 = llvm.intr.fabs(%51) : (f32) -> f32
    %95 = llvm.fdiv %7, %94 : f32
    %96 = llvm.fcmp "olt" %94, %30 : f32
    %97 = llvm.fadd %89, %28 : f32
    %98 = llvm.fadd %90, %29 : f32
    %99 = llvm.fmul %91, %52 : f32
    %100 = llvm.fmul %93, %95 : f32
    %101 = llvm.select %96, %97, %98 : i1, f32
    %102 = llvm.fadd %99, %31 : f32
    %103 = llvm.fcmp "olt" %92, %32 : f32
    %104 = llvm.fmul %100, %101 : f32
    %105 = llvm.fmul %51, %102 : f32
    %106 = llvm.fcmp "olt" %51, %33 : f32
    %107 = llvm.select %103, %33, %104 : i1, f32
    %108 = llvm.fsub %30, %107 : f32
    %109 = llvm.fcmp "olt" %94, %7 : f32
    %110 = llvm.fsub %7, %105 : f32
    %111 = llvm.select %106, %108, %107 : i1, f32
    %112 = llvm.select %109, %110, %111 : i1, f32
    llvm.store %112, %45 : f32, !llvm.ptr
    %113 = llvm.add %42, %4 : i64
    llvm.br ^bb4(%113 : i64)
  ^bb6:  // pred: ^bb4
    %114 = llvm.add %38, %4 : i64
    llvm.br ^bb2(%114 : i64) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    llvm.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
    llvm.return
  }
}


