	.file	"__compute_module_broadcast_multiply_fusion_kernel_module"
	.section	.ltext,"axl",@progbits
	.globl	broadcast_multiply_fusion
	.p2align	4
	.type	broadcast_multiply_fusion,@function
broadcast_multiply_fusion:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	24(%rdi), %rdx
	movl	$992, %ecx
	movq	16(%rdx), %rax
	addq	(%rdx), %rcx
	xorl	%edx, %edx
	.p2align	4
.LBB0_1:
	vbroadcastss	(%rax,%rdx,4), %ymm0
	incq	%rdx
	vmulps	-992(%rcx), %ymm0, %ymm1
	vmulps	-960(%rcx), %ymm0, %ymm2
	vmulps	-928(%rcx), %ymm0, %ymm3
	vmulps	-896(%rcx), %ymm0, %ymm4
	vmovups	%ymm1, -992(%rcx)
	vmovups	%ymm2, -960(%rcx)
	vmovups	%ymm3, -928(%rcx)
	vmovups	%ymm4, -896(%rcx)
	vmulps	-864(%rcx), %ymm0, %ymm1
	vmulps	-832(%rcx), %ymm0, %ymm2
	vmulps	-800(%rcx), %ymm0, %ymm3
	vmulps	-768(%rcx), %ymm0, %ymm4
	vmovups	%ymm1, -864(%rcx)
	vmovups	%ymm2, -832(%rcx)
	vmovups	%ymm3, -800(%rcx)
	vmovups	%ymm4, -768(%rcx)
	vmulps	-736(%rcx), %ymm0, %ymm1
	vmulps	-704(%rcx), %ymm0, %ymm2
	vmulps	-672(%rcx), %ymm0, %ymm3
	vmulps	-640(%rcx), %ymm0, %ymm4
	vmovups	%ymm1, -736(%rcx)
	vmovups	%ymm2, -704(%rcx)
	vmovups	%ymm3, -672(%rcx)
	vmovups	%ymm4, -640(%rcx)
	vmulps	-608(%rcx), %ymm0, %ymm1
	vmulps	-576(%rcx), %ymm0, %ymm2
	vmulps	-544(%rcx), %ymm0, %ymm3
	vmulps	-512(%rcx), %ymm0, %ymm4
	vmovups	%ymm1, -608(%rcx)
	vmovups	%ymm2, -576(%rcx)
	vmovups	%ymm3, -544(%rcx)
	vmovups	%ymm4, -512(%rcx)
	vmulps	-480(%rcx), %ymm0, %ymm1
	vmulps	-448(%rcx), %ymm0, %ymm2
	vmulps	-416(%rcx), %ymm0, %ymm3
	vmulps	-384(%rcx), %ymm0, %ymm4
	vmovups	%ymm1, -480(%rcx)
	vmovups	%ymm2, -448(%rcx)
	vmovups	%ymm3, -416(%rcx)
	vmovups	%ymm4, -384(%rcx)
	vmulps	-352(%rcx), %ymm0, %ymm1
	vmulps	-320(%rcx), %ymm0, %ymm2
	vmulps	-288(%rcx), %ymm0, %ymm3
	vmulps	-256(%rcx), %ymm0, %ymm4
	vmovups	%ymm1, -352(%rcx)
	vmovups	%ymm2, -320(%rcx)
	vmovups	%ymm3, -288(%rcx)
	vmovups	%ymm4, -256(%rcx)
	vmulps	-224(%rcx), %ymm0, %ymm1
	vmulps	-192(%rcx), %ymm0, %ymm2
	vmulps	-160(%rcx), %ymm0, %ymm3
	vmulps	-128(%rcx), %ymm0, %ymm4
	vmovups	%ymm1, -224(%rcx)
	vmovups	%ymm2, -192(%rcx)
	vmovups	%ymm3, -160(%rcx)
	vmovups	%ymm4, -128(%rcx)
	vmulps	-96(%rcx), %ymm0, %ymm1
	vmulps	-64(%rcx), %ymm0, %ymm2
	vmulps	-32(%rcx), %ymm0, %ymm3
	vmulps	(%rcx), %ymm0, %ymm0
	vmovups	%ymm1, -96(%rcx)
	vmovups	%ymm2, -64(%rcx)
	vmovups	%ymm3, -32(%rcx)
	vmovups	%ymm0, (%rcx)
	addq	$1024, %rcx
	cmpq	$64, %rdx
	jne	.LBB0_1
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	broadcast_multiply_fusion, .Lfunc_end0-broadcast_multiply_fusion
	.cfi_endproc

	.section	".note.GNU-stack","",@progbits
