	.file	"__compute_module_bitcast_dynamic-update-slice_fusion_kernel_module"
	.section	.ltext,"axl",@progbits
	.globl	"bitcast_dynamic-update-slice_fusion"
	.p2align	4
	.type	"bitcast_dynamic-update-slice_fusion",@function
"bitcast_dynamic-update-slice_fusion":
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	24(%rdi), %rax
	movq	16(%rax), %rdx
	movq	(%rax), %rcx
	movq	32(%rax), %rax
	movl	(%rdx), %edx
	movl	%edx, %esi
	sarl	$31, %esi
	andnl	%edx, %esi, %edx
	movl	$15, %esi
	cmpq	$15, %rdx
	cmovbq	%rdx, %rsi
	xorl	%edx, %edx
	shll	$12, %esi
	leaq	480(%rsi,%rcx), %rcx
	.p2align	4
.LBB0_1:
	vmovups	(%rax,%rdx), %ymm0
	vmovups	32(%rax,%rdx), %ymm1
	vmovups	64(%rax,%rdx), %ymm2
	vmovups	96(%rax,%rdx), %ymm3
	vmovups	%ymm0, -480(%rcx,%rdx)
	vmovups	%ymm1, -448(%rcx,%rdx)
	vmovups	%ymm2, -416(%rcx,%rdx)
	vmovups	%ymm3, -384(%rcx,%rdx)
	vmovups	128(%rax,%rdx), %ymm0
	vmovups	160(%rax,%rdx), %ymm1
	vmovups	192(%rax,%rdx), %ymm2
	vmovups	224(%rax,%rdx), %ymm3
	vmovups	%ymm0, -352(%rcx,%rdx)
	vmovups	%ymm1, -320(%rcx,%rdx)
	vmovups	%ymm2, -288(%rcx,%rdx)
	vmovups	%ymm3, -256(%rcx,%rdx)
	vmovups	256(%rax,%rdx), %ymm0
	vmovups	288(%rax,%rdx), %ymm1
	vmovups	320(%rax,%rdx), %ymm2
	vmovups	352(%rax,%rdx), %ymm3
	vmovups	%ymm0, -224(%rcx,%rdx)
	vmovups	%ymm1, -192(%rcx,%rdx)
	vmovups	%ymm2, -160(%rcx,%rdx)
	vmovups	%ymm3, -128(%rcx,%rdx)
	vmovups	384(%rax,%rdx), %ymm0
	vmovups	416(%rax,%rdx), %ymm1
	vmovups	448(%rax,%rdx), %ymm2
	vmovups	480(%rax,%rdx), %ymm3
	vmovups	%ymm0, -96(%rcx,%rdx)
	vmovups	%ymm1, -64(%rcx,%rdx)
	vmovups	%ymm2, -32(%rcx,%rdx)
	vmovups	%ymm3, (%rcx,%rdx)
	addq	$512, %rdx
	cmpq	$4096, %rdx
	jne	.LBB0_1
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	"bitcast_dynamic-update-slice_fusion", .Lfunc_end0-"bitcast_dynamic-update-slice_fusion"
	.cfi_endproc

	.section	".note.GNU-stack","",@progbits
