	.file	"__compute_module_broadcast_add_fusion_kernel_module"
	.section	.ltext,"axl",@progbits
	.globl	broadcast_add_fusion
	.p2align	4
	.type	broadcast_add_fusion,@function
broadcast_add_fusion:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	8(%rdi), %rax
	movq	(%rax), %rdx
	cmpq	$1, %rdx
	ja	.LBB0_5
	movq	24(%rdi), %rcx
	shlq	$17, %rdx
	movq	(%rcx), %rsi
	movq	16(%rcx), %rax
	movq	32(%rcx), %rcx
	leaq	480(%rcx,%rdx), %rcx
	leaq	480(%rsi,%rdx), %rdx
	xorl	%esi, %esi
	.p2align	4
.LBB0_2:
	xorl	%edi, %edi
	.p2align	4
.LBB0_3:
	vmovups	-480(%rdx,%rdi,4), %ymm0
	vmovups	-448(%rdx,%rdi,4), %ymm1
	vmovups	-416(%rdx,%rdi,4), %ymm2
	vmovups	-384(%rdx,%rdi,4), %ymm3
	vaddps	(%rax,%rdi,4), %ymm0, %ymm0
	vaddps	32(%rax,%rdi,4), %ymm1, %ymm1
	vmovups	%ymm0, -480(%rcx,%rdi,4)
	vmovups	%ymm1, -448(%rcx,%rdi,4)
	vaddps	64(%rax,%rdi,4), %ymm2, %ymm0
	vaddps	96(%rax,%rdi,4), %ymm3, %ymm1
	vmovups	%ymm0, -416(%rcx,%rdi,4)
	vmovups	%ymm1, -384(%rcx,%rdi,4)
	vmovups	-352(%rdx,%rdi,4), %ymm0
	vmovups	-320(%rdx,%rdi,4), %ymm1
	vaddps	128(%rax,%rdi,4), %ymm0, %ymm0
	vaddps	160(%rax,%rdi,4), %ymm1, %ymm1
	vmovups	%ymm0, -352(%rcx,%rdi,4)
	vmovups	%ymm1, -320(%rcx,%rdi,4)
	vmovups	-288(%rdx,%rdi,4), %ymm0
	vmovups	-256(%rdx,%rdi,4), %ymm1
	vmovups	-224(%rdx,%rdi,4), %ymm2
	vmovups	-192(%rdx,%rdi,4), %ymm3
	vaddps	192(%rax,%rdi,4), %ymm0, %ymm0
	vaddps	224(%rax,%rdi,4), %ymm1, %ymm1
	vmovups	%ymm0, -288(%rcx,%rdi,4)
	vmovups	%ymm1, -256(%rcx,%rdi,4)
	vaddps	256(%rax,%rdi,4), %ymm2, %ymm0
	vaddps	288(%rax,%rdi,4), %ymm3, %ymm1
	vmovups	%ymm0, -224(%rcx,%rdi,4)
	vmovups	%ymm1, -192(%rcx,%rdi,4)
	vmovups	-160(%rdx,%rdi,4), %ymm0
	vmovups	-128(%rdx,%rdi,4), %ymm1
	vaddps	320(%rax,%rdi,4), %ymm0, %ymm0
	vaddps	352(%rax,%rdi,4), %ymm1, %ymm1
	vmovups	%ymm0, -160(%rcx,%rdi,4)
	vmovups	%ymm1, -128(%rcx,%rdi,4)
	vmovups	-96(%rdx,%rdi,4), %ymm0
	vmovups	-64(%rdx,%rdi,4), %ymm1
	vmovups	-32(%rdx,%rdi,4), %ymm2
	vmovups	(%rdx,%rdi,4), %ymm3
	vaddps	384(%rax,%rdi,4), %ymm0, %ymm0
	vaddps	416(%rax,%rdi,4), %ymm1, %ymm1
	vmovups	%ymm0, -96(%rcx,%rdi,4)
	vmovups	%ymm1, -64(%rcx,%rdi,4)
	vaddps	448(%rax,%rdi,4), %ymm2, %ymm0
	vaddps	480(%rax,%rdi,4), %ymm3, %ymm1
	vmovups	%ymm0, -32(%rcx,%rdi,4)
	vmovups	%ymm1, (%rcx,%rdi,4)
	subq	$-128, %rdi
	cmpq	$1024, %rdi
	jne	.LBB0_3
	incq	%rsi
	addq	$4096, %rcx
	addq	$4096, %rdx
	cmpq	$32, %rsi
	jne	.LBB0_2
.LBB0_5:
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	broadcast_add_fusion, .Lfunc_end0-broadcast_add_fusion
	.cfi_endproc

	.section	".note.GNU-stack","",@progbits
