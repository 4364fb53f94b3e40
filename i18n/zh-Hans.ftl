# Focal Loss Explorer：简体中文。术语见 i18n/glossary.md。

lang-auto = 浏览器语言
true-class-positive = 正类（权重 α）
true-class-negative = 负类（权重 1 − α）
panel-page = 整个页面
panel-explorer = 探索器
panel-imbalance = 类别不平衡
panel-calculators = 计算器
panel-variants = 变体
panel-multi-class = 多分类
panel-lab = 训练实验室
panel-yours = 你的预测
panel-code = 在你的代码中使用
panel-check = 检查你的实现
theme-auto = 跟随系统
theme-light = 浅色
theme-dark = 深色
bench-off = 关闭
bench-explorer = 探索器延迟
bench-imbalance = 不平衡面板延迟
bench-train = 训练吞吐量
bench-smooth = 训练时的帧时间
bench-memory = 长时间会话的内存
bench-paints = 统计每个图表的重绘次数
optimiser-full-batch = 全批量梯度下降
optimiser-sgd = 小批量 SGD，动量 0.9，批大小 1024
schedule-constant = 恒定
schedule-linear = 从起始 γ 线性变化到结束 γ
lab-loss-cross-entropy = 交叉熵（CE）
lab-loss-balanced-cross-entropy = α 平衡交叉熵
lab-loss-focal = 焦点损失（γ, α）
lab-loss-focal-no-alpha = 焦点损失（γ，无 α）
lab-loss-focal-star = FL*（γ, β = 1）
lab-loss-ohem = CE + 困难样本挖掘 1:3
lab-loss-focal-ohem = FL + 困难样本挖掘 1:3（γ, α）
lab-loss-class-balanced-focal = 类别平衡 FL（β = 0.9999）
prior-start-both = 两次运行
prior-start-neither = 都不（b = 0）
prior-start-only-b = 仅运行 B（A 从 b = 0 开始）
yes-no-yes = 是
yes-no-no = 否
mode-live = 实时
mode-run = 无界面运行
scenario-custom = 自定义设置
scenario-helps = 焦点损失有帮助：预算有限
scenario-prior = 先验初始化（§3.3）
scenario-convex = 模型设定正确、训练充分：打平
scenario-alpha = γ = 2 时的 α：影响阈值，而非排序
param-objects-label = 其中的目标数 P
param-objects-spoken = 目标数
param-counts-label = 每类样本数
param-counts-spoken = 每类样本数
param-beta-label = 类别平衡 β
param-beta-spoken = beta
param-hide-label = 隐藏的面板和控件
param-hide-spoken = 隐藏
param-lock-label = 锁定的控件
param-lock-spoken = 锁定
param-quiz-label = 显示的自测题
param-quiz-spoken = 自测题
param-present-label = 演示模式
param-present-spoken = 演示模式
param-pt-label = p_t（真实类别的概率）
param-pt-spoken = p t
param-y-label = 真实类别
param-y-spoken = 真实类别
param-ratio-label = 不平衡：每个正样本对应的负样本数
param-ratio-spoken = 比例
param-neg-label = 负样本：平均 p_t（有多容易）
param-neg-spoken = 负样本平均 p t
param-pos-label = 正样本：平均 p_t（有多难）
param-pos-spoken = 正样本平均 p t
param-spread-label = 离散度：logit(p_t) 的标准差
param-spread-spoken = 离散度
param-anchors-label = 样本（锚框）数 N
param-anchors-spoken = 锚框数
param-lrsched-label = 学习率调度
param-lrsched-spoken = 学习率调度
param-seed-label = 随机种子
param-seed-spoken = 随机种子
param-shape-label = 形状
param-shape-spoken = 形状
param-npos-label = 正样本
param-npos-spoken = 正样本
param-lratio-label = 每个正样本对应的负样本数
param-lratio-spoken = 比例
param-hard-label = 困难负样本（比例）
param-hard-spoken = 困难比例
param-quad-label = 二次特征（x², y², xy）
param-quad-spoken = 二次特征
param-useprior-label = 由先验 π 设置偏置
param-useprior-spoken = 由先验设置偏置
param-opt-label = 优化器
param-opt-spoken = 优化器
param-lr-label = 学习率
param-lr-spoken = 学习率
param-warmup-label = 预热轮数
param-warmup-spoken = 预热
param-clip-label = 梯度范数裁剪（0：关闭）
param-clip-spoken = 裁剪
param-norm-label = 损失归一化方式
param-norm-spoken = 损失归一化方式
param-sched-label = γ 调度
param-sched-spoken = γ 调度
param-g0-label = 起始 γ
param-g0-spoken = 起始 gamma
param-g1-label = 结束 γ
param-g1-spoken = 结束 gamma
param-epochs-label = 轮数（计划）
param-epochs-spoken = 轮数
param-speed-label = 速度（每帧轮数）
param-speed-spoken = 速度
param-thr-label = 阈值
param-thr-spoken = 阈值
param-lab-label = 实验室模式
param-lab-spoken = 实验室模式
param-dump-label = 导出测试集
param-dump-spoken = 导出测试集
param-scenario-label = 场景
param-scenario-spoken = 实验室场景
param-mclogits-label = Logits
param-mclogits-spoken = logits
param-mct-label = 目标类别
param-mct-spoken = 目标类别
param-mcalpha-label = 各类别的 α
param-mcalpha-spoken = alpha
param-embed-label = 嵌入
param-embed-spoken = 嵌入
param-theme-label = 主题
param-theme-spoken = 主题
param-bench-label = 基准测试
param-bench-spoken = 基准测试
param-gamma-label = γ（聚焦参数）
param-gamma-spoken = gamma
param-alpha-label = α（正样本权重）
param-alpha-spoken = alpha
param-alpha-off = 不用 α（每个样本权重为 1，相当于 torchvision 的 α = −1）
param-prior-label = 先验 π
param-prior-spoken = 先验
param-eps-label = Poly-1 的 ε
param-eps-spoken = epsilon
run-a-loss = 运行 A 的损失
run-b-loss = 运行 B 的损失
run-a-gamma = 运行 A 的 γ
run-a-gamma-spoken = 运行 A 的 gamma
run-a-alpha = 运行 A 的 α
run-a-alpha-spoken = 运行 A 的 alpha
run-b-gamma = 运行 B 的 γ
run-b-gamma-spoken = 运行 B 的 gamma
run-b-alpha = 运行 B 的 α
run-b-alpha-spoken = 运行 B 的 alpha
lr-schedule-const = 恒定
lr-schedule-seed = 前 10 轮从 0.1× 预热，最后 20 % 降为 ×0.1
shape-blobs = 团簇
shape-ring = 正样本分布在环上
shape-cluster = 负样本环内的正样本簇
shape-beside = 困难负样本紧挨正样本，下方是宽而容易的一团
normalisation-pos = 正样本数
normalisation-mean = 样本数（平均）
control-exact-value = { $label }（精确值）
control-outside = { $raw } 超出 { $min } 到 { $max } 的范围；改用 { $used }。
control-not-a-number = “{ $raw }”不是数字。请输入 { $min } 到 { $max } 之间的值。
list-entry = { $item } { $k }
list-item-class = 类别
list-item-alpha = α
list-add-class = 添加一个类别
list-remove-class = 删除最后一个类别
list-add-alpha = 添加一个 α
list-remove-alpha = 删除最后一个 α
param-lang-label = 语言
param-lang-spoken = 语言
locked-note = 已由老师的链接固定。
chart-hover-hint = 将指针移到图表上即可读取数值。
page-title = 焦点损失探索器
embedded-title = 焦点损失探索器：{ $panel }
lede-before = 焦点损失（Focal Loss，Lin 等，2017）把交叉熵乘以
lede-after = 使大量简单样本不再淹没少数困难样本。拖动滑块看看。
colophon-paper = Lin, Goyal, Girshick, He, Dollár：“Focal Loss for Dense Object Detection”，ICCV 2017。
colophon-numbers = 数值与 torchvision 的 sigmoid_focal_loss 一致。加载一次后可离线使用。
tool-embed = 嵌入…
tool-exercise = 制作练习链接…
tool-present = 演示模式
toolbar-label = 页面工具
share-button = 复制当前状态的链接
share-copied = 链接已复制（如果浏览器允许）：
share-permalink = 永久链接
embed-frame-title = 焦点损失探索器：{ $panel }
embed-panel-label = 要嵌入的面板
embed-paste = 把这段代码粘贴到你的页面中：
embed-resize-comment = 可选：让框架自动调整大小（见应用旁的 embed-resize.js）
embed-copy = 复制代码片段
example-easy = 简单样本（p_t = { $pt }）
example-easy-why = 已经分类正确：焦点损失把它的损失乘以 (1 − { $pt })^γ，几乎降为零。
example-hard = 困难样本（p_t = { $pt }）
example-hard-why = 分类错误：(1 − { $pt })^γ 接近 1，所以焦点损失保留了大部分交叉熵。
example-paper-100 = 论文：γ = { $gamma }，p_t = { $pt } → { $ratio }×
example-paper-100-why = 论文的第一个检查点：γ = { $gamma } 且不用 α 时，p_t = { $pt } 的样本损失比 CE 小 { $ratio }×。
example-paper-1000 = 论文：γ = { $gamma }，p_t ≈ { $pt } → ~{ $ratio }×
example-paper-1000-why = 论文的第二个检查点：p_t ≈ { $pt } 时损失约小 { $ratio }×（在 { $pt } 处恰为 { $exact }×）。
examples-label = 示例
readout-ce = 交叉熵 CE = −ln p_t
readout-modulating = 调制因子 (1 − p_t)^γ
readout-fl = 焦点损失 FL
legend-label = 图例
legend-current = { $gamma }（当前）
legend-point = 当前点
explorer-chart-summary = { $title }。γ = { $gammas } 与当前 γ = { $gamma } 的曲线。标记点：p_t = { $x }，值 { $y }。
present-lab-why = 训练实验室的场景：其说明文字指出要观察什么。
chart-loss-title = 焦点损失随 p_t 的变化
chart-loss-title-weighted = α_t 加权焦点损失随 p_t 的变化
chart-modulating-title = 调制因子 (1 − p_t)^γ
chart-gradient-title = |dFL/dlogit| 随 p_t 的变化
chart-gradient-title-weighted = α_t 加权 |dFL/dlogit| 随 p_t 的变化
axis-loss = 损失
axis-factor = 因子
axis-gradient = |梯度|
axis-pt = p_t（真实类别的概率）
times-zero = FL 为 0：α_t = 0 去掉了这个样本
times-equal = FL 等于 CE（没有降权）
times-smaller = FL 比 CE 小 { $ratio }×
formula-ce = 交叉熵
formula-fl = 焦点损失
formula-gradient = 焦点损失对 logit 的梯度
table-show = 以表格显示
table-hide = 隐藏表格
chart-export = { $title }：导出
chart-as-table = { $title }（表格）
correction-not-a-number = { $key }=“{ $given }”不是数字，因此使用 { $key } = { $used }。
correction-below-min = { $key }=“{ $given }”小于允许的最小值，因此使用 { $key } = { $used }。
correction-above-max = { $key }=“{ $given }”大于允许的最大值，因此使用 { $key } = { $used }。
correction-unknown-option = { $key }=“{ $given }”不是可选项之一，因此使用 { $key } = { $used }。
correction-repeated = { $key }=“{ $given }”出现了不止一次，以最后一个为准，因此使用 { $key } = { $used }。
correction-wrong-length = { $key }=“{ $given }”的条目过多或过少，因此使用 { $key } = { $used }。
correction-inconsistent = { $key }=“{ $given }”与其他设置不符，因此使用 { $key } = { $used }。
correction-not-whole = { $key }=“{ $given }”不是整数，因此使用 { $key } = { $used }。
correction-unknown-name = { $key }=“{ $given }”指向本页没有的内容，因此使用 { $key } = { $used }。
notice-heading = 链接中的部分参数已调整：
notice-dismiss = 关闭
later-failed = 页面其余部分未能加载（网络断了吗？）。上面的探索器仍可使用。
later-retry = 重试
panic-before = 出错了 —
panic-reload = 重新加载
panic-after = （你的设置保存在链接中）。
imbalance-sentence-less = 在 { $ratio } 时，负样本（平均 p_t 为 { $pt }）占 CE 损失的 { $ce }，但只占焦点损失的 { $fl }（γ = { $gamma }）。
imbalance-sentence-more = 在 { $ratio } 时，负样本（平均 p_t 为 { $pt }）占 CE 损失的 { $ce }，占焦点损失的 { $fl }（γ = { $gamma }）。
verdict-start = 按“播放”（或“单步”）从相同的初始权重训练两次运行。
verdict-tie = { $epoch } 轮之后，两次运行对测试集的排序几乎一样好（A 的 AP 为 { $a }，B 为 { $b }）。
verdict-lead = { $epoch } 轮之后，运行 { $winner }（{ $w }）比运行 { $loser }（{ $l }）的 AP 高 { $gap }（{ $high } 对 { $low }）。
verdict-best = 这个测试集上可能的最佳 AP（按数据自身分布的精确似然比排序）为 { $best }：A 达到其 { $a }，B 达到 { $b }。阈值 0.5 处的召回率：A { $ra }，B { $rb }。
verdict-why-tie = 训练收敛后这在意料之中：在两端，焦点损失的表现就像 logit 放大三倍后的交叉熵，所以能缩放权重的模型用哪种损失都能得到几乎相同的排序。焦点损失改变的是梯度“倾听”哪些样本（看看最初几轮和损失的 CDF），以及概率如何校准。论文中的大幅提升来自每张图像为 100,000 个锚框打分的深度检测器，在那里简单负样本主导了每一步。
multiclass-heading = 多分类（softmax）焦点损失
multiclass-intro = FL = −α_t (1 − p_t)^γ ln p_t，其中 p = softmax(logits)；α 按类别设置（Keras 的约定）。
multiclass-target-row = { $k }（目标）
multiclass-class = 类别 { $k }
multiclass-table = 多分类表
multiclass-col-class = 类别
multiclass-col-logit = logit
multiclass-col-p = softmax p
multiclass-ce = CE = −ln p_目标
variant-ce-citation = 交叉熵；γ = 0 的焦点损失
variant-flstar-citation = Lin 等，2017，附录 A（图中为 γ = 2, β = 1 和 γ = 4, β = 0）
variant-flsd-formula = p_t < 0.2 时 γ = 5、否则 γ = 3 的焦点损失
variants-chart-title = 正样本的损失随 p_t 的变化，按变体
variants-heading = 各变体并排比较
variants-summary = 正样本的损失随 p_t 的变化：CE、γ = { $gamma } 的焦点损失、FL*（γ = 2, β = 1 与 γ = 4, β = 0）、ε = { $epsilon } 的 Poly-1 以及 FLSD-53。
imbalance-heading = 类别不平衡：为什么简单负样本会淹没交叉熵
imbalance-intro-1 = 一个密集检测器每张图像要为约 { $anchors } 个候选框打分，其中不到 { $objects } 个是目标。
imbalance-intro-2 = 每个简单负样本的损失都很小，但数量太多，使得在交叉熵下它们同时主导了损失和梯度。
imbalance-intro-3 = 这里每一类的 p_t 服从 logit 正态分布；期望由数值积分求得。
shares-table = 损失占比表
shares-caption = 每个样本以及 N = { $n } 个样本的总和
shares-col-loss = 损失
shares-col-pos = 每个正样本
shares-col-neg = 每个负样本
shares-col-total = N 个样本的总和
shares-col-share = 负样本的损失占比
shares-col-grad = 负样本的 |梯度| 占比
gamma-row-current = { $gamma }（当前）
gamma-table = γ 效果表
gamma-caption = γ 如何权衡简单样本（p_t = { $easy }）与困难样本（p_t = { $hard }）：(1 − p_t)^γ
gamma-col-easy = 简单样本权重
gamma-col-hard = 困难样本权重
gamma-col-ratio = 困难 ÷ 简单
share-summary = 比例从 1:1 到 1:100,000 时，负样本在损失和梯度中所占的比例，分别对应 CE、α-CE 和 FL。{ $sentence }
mass-summary = { $loss } 损失在 p_t 上的分布：p_t 约为 { $neg } 的负样本占 { $share }，p_t 约为 { $pos } 的正样本占其余部分。
imbalance-chart-note-1 = 左图：实线是损失占比，虚线是 |梯度| 占比；竖线是当前比例。
imbalance-chart-note-2 = 中图和右图：每一类的数量 × 密度 × 损失占总量的比例，因此两条曲线下的面积之和为 1。
share-series-loss = { $loss } 损失
share-series-grad = { $loss } |梯度|
share-chart-title = 负样本的占比（实线：损失，虚线：|梯度|）
share-axis-x = 每个正样本对应的负样本数
share-axis-y = 来自负样本的比例
mass-negatives = 负样本
mass-positives = 正样本
mass-chart-title = { $loss } 损失的分布
mass-axis-x = p_t（对数几率刻度）
mass-axis-y = 占总损失的比例
alpha-calc-heading = 由类别频率计算 α
alpha-table = 类别权重表
alpha-col-count = 数量
alpha-col-freq = 频率
alpha-col-inv = 逆频率 N/(K·n)，裁剪到 [{ $lo }, { $hi }]
alpha-col-cb = 类别平衡（Cui 等，2019）
alpha-col-from-freq = 由频率得到的 α = 1 − n/N，裁剪到 [{ $lo }, { $hi }]
alpha-note-1 = 类别平衡权重使用有效样本数 (1 − βⁿ)/(1 − β)，并归一化使其和等于类别数。
alpha-note-2 = 最后一列是许多焦点损失代码库采用的规则（“由频率得到 α”）：每类 1 − n/N，经裁剪，不归一化；与逆频率不同，无论一类多稀少它都不会超过 0.9；与类别平衡权重不同，它不看一类样本的绝对数量，只看占比。
alpha-note-3 = 注意论文中的二分类 α = 0.25 与逆频率方向相反：一旦 γ 降低了简单负样本的权重，最佳的 α 反而给稀少的正样本更少而不是更多的权重（Lin 等，表 1a）。
prior-heading = 先验概率偏置初始化（§3.3）
prior-bias = 偏置 b = −ln((1 − π)/π)
prior-ce-zero = 初始 CE，b = 0
prior-ce-prior = 初始 CE，b 由 π 得到
prior-fl-zero = 初始 FL，b = 0
prior-fl-prior = 初始 FL，b 由 π 得到
prior-sentence = b = 0 时每个锚框都从 p = 0.5 开始，仅背景就给第一次损失贡献 { $zero }；从 p = π 开始则降到 { $prior }，训练从第一步起就是稳定的。
caption-custom = 自由设置。在上方选择一个场景来查看某个结论的演示，或随意修改下面的内容。
caption-helps = 全批量下降 { $epochs } 轮后，运行 B（焦点损失，γ = { $gamma }，无 α）对测试集的排序优于运行 A（交叉熵）：在测试检查的每个随机种子上 AP 至少高 { $min }。观察简单样本占比监视器和图 4：在 CE 下，{ $easy } 个简单负样本承担了大部分梯度，所以 CE 的最初几步主要是沿简单样本云的宽轴缩小权重，而这恰恰是把 { $positives } 个正样本与旁边 { $hard } 个困难负样本分开的方向；FL 的每一步从一开始就针对正样本与困难负样本。两者都远低于贝叶斯线：线性模型无法拟合这种布局。增加轮数可以看到更长的预算：在两端 FL(z) 的表现与 CE(3z) 相同，所以能缩放 logit 的模型用哪种损失都能达到相同的排序。在这里，焦点损失更早到达。
caption-prior = 两次运行使用相同的损失（焦点损失，γ = { $gamma }）；唯一的区别是偏置的起点：运行 A 从 b = 0 开始，运行 B 从 b = −ln((1 − π)/π) 开始，其中 π = { $prior }（论文 §3.3）。b = 0 时，{ $negatives } 个负样本中的每一个都从 p = 0.5 开始，损失很大，它们的梯度主导了最初几步：{ $epochs } 轮之后，在测试检查的每个随机种子上运行 B 的 AP 至少比 A 高 { $min }。贝叶斯线显示 B 有多接近最优。
caption-convex = 两个带二次特征的高斯类：模型设定正确（精确的对数似然比是二次的），损失是凸的。小批量 SGD 训练 { $epochs } 轮后，在测试检查的每个随机种子上，两次运行的 AP 都与贝叶斯线相差不到 { $bayes }，彼此相差不到 { $each }。焦点损失在这里帮不上忙：损失是凸的、模型又包含最佳排序时，任何恰当的损失只要训练足够久都能找到它。
caption-alpha = 两次 γ = { $gamma } 的焦点损失运行：运行 A 用 α = { $alpha-a }，运行 B 用 α = { $alpha-b }（论文在 γ = 2 时的选择）。α 权衡正负样本，它对每个分数的平移大于对排序的改变：{ $epochs } 轮之后，在测试检查的每个随机种子上，两者的 AP 相差不到 { $band }，而在阈值 { $threshold } 处，运行 A 的召回率至少高 { $recall }，运行 B 的精确率至少高 { $precision }。在这个模型中，α 主要决定阈值切在哪里，而不是排序的好坏。
lab-heading = 训练实验室：在 { $ratio } 数据上比较交叉熵与焦点损失
lab-intro-1 = 两个逻辑回归模型 A 和 B 在相同的合成数据上、从相同的初始权重同步训练；只有损失函数不同。
lab-intro-2 = 指标在以同样方式生成的独立测试集上测量。类别不平衡时准确率毫无意义（全部预测为“负”的准确率是 { $accuracy }），所以请看 AP、精确率和召回率。
lab-capped = 使用 { $used } 个正样本而不是 { $asked } 个：在这个比例下一个数据集最多容纳 { $max } 个样本。
lab-bayes = 可能的最佳 AP（测试集的贝叶斯最优排序）
lab-buttons = 训练
lab-play = 播放
lab-pause = 暂停
lab-step = 单步一轮
lab-reset = 重置
lab-epoch = 轮次
lab-export-csv = 导出数据（CSV）
lab-export-json = 导出历史（JSON）
lab-chart-pending = 训练实验室的图表，数据绘制后显示
heatmap-summary = { $title }：模型在平面上的概率（蓝色为负，橙色为正），包含 { $positives } 个正样本和 { $negatives } 个负样本的抽样。
run-heading = 运行 { $run } — { $loss }
run-train-loss = 训练损失
run-test-loss = 测试损失
run-ap = AP（测试）
run-ap-share = AP 占最佳可能值的比例
run-roc-auc = ROC-AUC（测试）
run-precision = 阈值 { $threshold } 处的精确率
run-recall = 阈值 { $threshold } 处的召回率
run-easy-share = 简单样本的损失占比（p_t > { $pt }）
run-weights = 权重（x, y, x², y², xy, 偏置）：
confusion-caption = 运行 { $run }，阈值 { $threshold }
confusion-predicted-pos = 预测 +
confusion-predicted-neg = 预测 −
confusion-actual-pos = 实际 +
confusion-actual-neg = 实际 −
scenario-modified = 这些设置与场景的设置不同，因此场景的结论可能不成立。
scenario-restore = 恢复场景的设置
settings-heading = 设置
settings-data = 数据
settings-shape-note = 在这种布局下，任何运行都达不到可能的最佳 AP：最佳边界对困难负样本是一条曲线，对简单样本云是另一条，而模型只能画一条直线（或在二次特征下画一条二次曲线）。
settings-optimisation = 优化（两次运行）
settings-adaptive = 自适应 γ：{ $start } → { $end }
settings-run = 运行 { $run }
settings-note = 改变任何设置都会开始新的实验（两次运行都会重置）。γ 调度为线性时，会替换每个焦点损失运行的 γ。
diverged-loss = 训练损失变成了无穷大或 NaN
diverged-weights = 权重变成了无穷大或 NaN
diverged-exploded = 训练损失爆炸到超过初始值的 { $times }×（{ $loss }）
lab-diverged = 运行 { $run } 在第 { $epoch } 轮发散：{ $why }。训练已暂停。请降低学习率、开启梯度裁剪或预热，然后按“重置”。
lab-diverged-short = 运行 { $run } 第 { $epoch } 轮：{ $why }
heatmap-title = 运行 { $run }（{ $loss }）：p(正)
published-summary = 已发表的结果，供参考（COCO，深度检测器——非本页计算）
published-1a-label = 论文表 1a
published-1a = Lin 等，2017，表 1a：α 平衡 CE（γ = 0），ResNet-50，COCO minival
published-1b-label = 论文表 1b
published-1b = Lin 等，2017，表 1b：焦点损失，每个 γ 的最佳 α
published-coco-label = COCO 检测器表
published-coco = 各论文报告的 COCO test-dev 结果（速度基于各论文自己的硬件；各行之间不可比）
published-col-detector = 检测器
published-col-backbone = 骨干网络
published-col-source = 来源
detector-fcos-improved = 改进版 FCOS
source-fpn = Lin 等，2017（FPN），引自 RetinaNet 表 2
source-dssd = Fu 等，2017（DSSD），引自 RetinaNet 表 2
source-retinanet = Lin 等，2017，表 2
source-fcos = Tian 等，2019（ICCV），表 5
source-fcos-improved = Tian 等，2019，表 5（包含后续改进的那一行）
lab-series-train = { $run } 训练
lab-series-test = { $run } 测试
lab-loss-title = 损失 ÷ 第 0 轮的损失
lab-loss-axis = 相对损失
lab-series-ap = { $run } AP
lab-bayes-series = 可能的最佳值（贝叶斯）
lab-ap-title = 平均精度（测试）
lab-series-precision = { $run } 精确率
lab-series-recall = { $run } 召回率
lab-pr-epochs-title = 阈值 { $threshold } 处的精确率和召回率（测试）
lab-fraction-axis = 比例
lab-pr-title = 当前的精确率–召回率（测试）
lab-axis-recall = 召回率
lab-axis-precision = 精确率
lab-axis-epoch = 轮次
cdf-positives = 正样本 γ = { $gamma }
cdf-negatives = 负样本 γ = { $gamma }
cdf-title = 损失 CDF，运行 { $run }（论文图 4）
cdf-axis-x = 样本比例
cdf-axis-y = 累积归一化损失
quiz-ce-over-fl-q = γ = { $gamma } 且不用 α 时，一个简单样本的 p_t = { $pt }。它的焦点损失比交叉熵小多少倍？
quiz-ce-over-fl-why = (1 − p_t)^γ = { $base }² = { $factor }，所以焦点损失比 CE 小 { $ratio }×（{ $fl } 对 { $ce }）。论文的要点：简单样本几乎不再起作用。
quiz-alpha-class-q = α = { $alpha } 时，哪一类的权重更大？
quiz-alpha-class-positives = 正样本（稀少的类别）
quiz-alpha-class-negatives = 负样本（背景）
quiz-alpha-class-both = 两者相同
quiz-alpha-class-why = α 是正样本的权重，1 − α 是负样本的权重：{ $pos } 对 { $neg }。论文发现 γ = 2 时 α = 0.25 最好：焦点损失已经压低了大量简单负样本，因此稀少的类别需要的帮助比 α 平衡 CE 给的更少。
quiz-prior-bias-q = 什么样的偏置 b 能让新模型对每个锚框都预测 p = { $prior }（先验 π = { $prior }）？
quiz-prior-bias-why = b = −ln((1 − π)/π) = −ln(99) = { $bias }。从这里开始，{ $negatives } 个简单负样本不会主导训练的最初几步（论文 §3.3）；b = 0 则让每个锚框都从 p = 0.5 开始。
quiz-gamma-zero-q = γ = 0 且不用 α 时，焦点损失……
quiz-gamma-zero-exact = 恰好等于交叉熵
quiz-gamma-zero-half = 是交叉熵的一半
quiz-gamma-zero-easy = 对简单样本为零
quiz-gamma-zero-why = 对每个 p_t 都有 (1 − p_t)⁰ = 1，所以每个样本上 FL = CE（这里在 logit 从 −20 到 20、两个类别上都验证过）。使用 α 时它就是 α 平衡 CE。
quiz-neg-share-q = 在每 1 个正样本对应 { $negatives } 个负样本时（不平衡视图中的分布），交叉熵损失中有多大比例来自负样本？（以 % 计）
quiz-neg-share-why = CE 损失的 { $share } 来自负样本，尽管每个简单负样本的损失都很小：每个正样本对应一千个负样本。这正是焦点损失要解决的不平衡。
quiz-hard-gradient-q = 一个困难样本（p_t = { $pt }，γ = { $gamma }，无 α）：焦点损失保留了它的交叉熵梯度 |dCE/dlogit| 的多少？
quiz-hard-gradient-all = 几乎全部
quiz-hard-gradient-half = 大约一半
quiz-hard-gradient-tenth = 大约十分之一或更少
quiz-hard-gradient-why = 保留了 { $kept }（{ $fl } 对 { $ce }）；一个简单样本（p_t = 0.9）只保留 { $easy }。焦点损失压低的是简单样本的梯度，而不是困难样本的，所以困难样本起主导作用。
quiz-alpha-ap-q = 在实验室的 α 场景中（γ = 2），用 α = 0.25 而不是 0.75 对平均精度有什么影响？
quiz-alpha-ap-raises = 明显提高
quiz-alpha-ap-lowers = 明显降低
quiz-alpha-ap-barely = 几乎不变：α 移动的是阈值，而不是排序
quiz-alpha-ap-why = 在测试尝试过的每个随机种子上，两次运行的 AP 相差不到 0.01，而在阈值处 α = 0.75 的召回率更高、α = 0.25 的精确率更高：类别权重改变的是分数落在哪里，而不是它们的顺序。
quiz-fl-above-ce-q = 焦点损失（γ ≥ 0，α 在 [0, 1] 内或不用）在同一个样本上会比交叉熵大吗？
quiz-fl-above-ce-yes = 会，对困难样本
quiz-fl-above-ce-no = 不会，永远不会
quiz-fl-above-ce-why = 不会：(1 − p_t)^γ ≤ 1 且 α_t ≤ 1，所以每个样本上 FL = α_t (1 − p_t)^γ CE ≤ CE。焦点损失只会减少，对困难样本减得比对简单样本少。
quiz-not-a-number = “{ $raw }”不是数字。
quiz-pick-first = 请先选择一个答案。
quiz-right = 正确。{ $why }
quiz-wrong = 不太对：{ $answer }。{ $why }
quiz-label = 自测：{ $panel }
quiz-heading = 自测
quiz-your-answer = 你的答案……
quiz-check = 检查我的答案
quiz-forget = 清除
exercise-group-shared = γ、α 和先验 π（多个面板共用）
exercise-free = 可自由调节
exercise-locked = 锁定为本页的值
exercise-hidden = 隐藏
exercise-heading = 制作练习链接
exercise-note = 链接会保留本页当前的数值：先设置好这些值，再选择学习者能看到什么。锁定的控件会显示其值且无法移动。
exercise-panels = 要显示的面板
exercise-controls = 控件
exercise-checks = 要提出的自测题
exercise-present = 以演示模式打开
exercise-link = 练习链接：
exercise-copy = 复制链接
exercise-preview = 预览
exercise-open-tab = 在新标签页中打开
exercise-frame = 练习链接的预览
exercise-embed = 或者嵌入一个面板，隐藏和锁定相同的控件：
exercise-snippet = 嵌入代码片段
present-intro = 演示模式：用 → 和 ← 在 { $total } 个预设之间切换。
present-region = 演示
present-back = 上一个预设
present-next = 下一个预设
present-exit = 退出演示模式
code-copy = 复制
code-returns = 当前点的返回值
code-listing = { $library } 代码
code-intro = 对于探索器的当前点（p_t = { $pt }，一个{ $class }样本），γ = { $gamma }，{ $alpha }：
code-positive = 正
code-negative = 负
code-no-alpha = 无 α
code-conventions = 各库之间不同的约定
convention-torchvision = torchvision 和 fvcore 给正样本 α、给负样本 1 − α；α = −1（fvcore 的默认值）会关闭加权。torchvision 的默认值是 α = 0.25。
convention-keras-alpha = 除非 apply_class_balancing=True（默认为 False），Keras 的 BinaryFocalCrossentropy 会忽略 α。
convention-keras-clip = Keras 把概率裁剪到 [1e-7, 1 − 1e-7]，所以即使 from_logits=True，它的损失也会在 −ln(1e-7) ≈ 16.1 处饱和，而 torchvision 的损失会随 logit 线性增长。
convention-categorical = Keras 的 CategoricalFocalCrossentropy 把每个类别都乘以 α（一个标量或每类一个值）；kornia 使用标量 α 时，类别 0 的权重为 1 − α，其他类别为 α。
convention-soft = 软标签：torchvision 用软 y 计算 p_t = p·y + (1 − p)(1 − y)；kornia 的二分类焦点损失分别对两个对数项加权，所以当 0 < y < 1 时两者不同。
yours-kept = { $problem } 之前显示的数据保持不变。
yours-unreadable = 无法读取该文件（{ $why }）。之前显示的数据保持不变。
yours-intro = 焦点损失会对你的模型输出产生什么影响？加载一个带表头行的表格：label（0 或 1），以及 logit（原始分数）或 prob（正类的概率）之一；其他列会被忽略，逗号、制表符、分号或空格分隔都可以。检测器按类别输出的 sigmoid 值变成每个锚框、每个类别一行：锚框被分配给该类别的目标时 label 为 1。
yours-privacy = 你的文件在此标签页中读取，绝不会离开它：不会上传任何内容，数据也不会写进链接（链接只保存 γ 和 α）。
yours-open = 打开文件（或拖放到此面板上）
yours-sample = 加载示例（{ $anchors } 个锚框，{ $ratio }）
yours-paste = 改为粘贴数据行
yours-paste-label = 数据行，先写表头
yours-load = 加载粘贴的数据行
yours-reading = 正在读取……
yours-described = 来自{ $source }的 { $rows } 行（{ $delimiter }，{ $column } 列），读取和汇总用时 { $seconds } 秒。
yours-none-refused = 没有行被拒绝。
yours-refused-line = 第 { $line } 行：{ $problem }
yours-refused-many = { $n } 行被拒绝（使用其余正常的行）；前 { $listed } 行：
yours-refused-one = 1 行被拒绝（使用其余正常的行）：
yours-refused-some = { $n } 行被拒绝（使用其余正常的行）：
source-pasted = 粘贴的文本
source-sample = 生成的示例
unreadable-slice = 无法切分该文件
unreadable-refused = 浏览器拒绝读取它
delimiter-commas = 逗号
delimiter-tabs = 制表符
delimiter-semicolons = 分号
delimiter-spaces = 空格
yours-rows = 使用的行数
yours-refused = 被拒绝的行数
yours-ap = 平均精度
yours-shares = 损失来自哪里
yours-shares-estimated = 损失来自哪里（拖动时为估计值）
yours-shares-exact = 损失来自哪里（精确值，逐行计算）
yours-col-share = 占总量的比例
yours-col-ce = 交叉熵
yours-col-fl = 焦点损失
yours-row-neg = 来自负样本的损失
yours-row-easy = 来自简单样本的损失（p_t > { $pt }）
yours-row-grad = 来自负样本的 |梯度|
yours-prior = 正样本率 π
yours-mean-p = 平均预测 p
yours-bias = 先验偏置 b = −ln((1 − π)/π)
yours-alpha-freq = 由计数得到的 α
yours-pt-summary = 每一类的样本在 p_t 上如何分布，使用对数几率坐标轴。
yours-share-summary = 在 γ = { $gamma } 时，负样本承担了焦点损失的 { $fl } 和其梯度的 { $grad }；在交叉熵下为 { $ce }。
calibration-none = 没有正样本，无法与正样本率比较
calibration-close = 平均而言接近校准
calibration-over = 是正样本率的 { $ratio }×：平均而言高估了正样本
calibration-under = 是正样本率的 { $ratio }×：平均而言低估了正样本
yours-prior-sentence = 你的模型的平均概率为 { $mean }，正样本率 π = { $prior }：{ $verdict }。从论文的先验偏置 b = { $bias } 开始的模型会对每个锚框预测 p = π。
yours-pt-title = 你的样本分布在哪里
yours-pt-axis = 占该类的比例
yours-share-gradient = 它的 |梯度|
yours-share-title = 在当前 α 下，你的负样本占比随 γ 的变化
row-not-a-number = { $column }“{ $text }”不是数字
row-not-finite = { $column } 是 NaN 或无穷大
row-label = 标签 { $value } 不是 0 或 1
row-prob-range = 概率 { $value } 不在 [0, 1] 内
row-infinite-loss = 在错误类别上的概率恰好为 0 或 1（损失无穷大）
row-missing = 缺少 { $column } 列
row-column-count = 有 { $found } 列，而表头有 { $expected } 列
file-empty = 文件是空的。
file-header-only = 文件只有表头行，没有数据行。
file-no-label = 表头中没有“label”列（负样本为 0，正样本为 1）。
file-both-scores = 表头中同时有“logit”和“prob”：请只保留一个，以便明确损失使用哪一个。
file-no-score = 表头中既没有“logit”（原始分数）也没有“prob”（正类的概率）。
file-not-text = 这不是文本文件：请把预测保存为 CSV 或 TSV。
file-too-large = 文件大小为 { $size } MB；上限为 { $limit } MB。请先对行进行抽样（每隔 k 个锚框取一个）。
file-no-good-rows = 没有可用的行；下面列出了前几行被拒绝的原因。
bug-alpha-everywhere-title = α 作用于每个样本
bug-alpha-everywhere-why = α 乘到了每个样本的损失上，因此只是一个缩放：负样本应该得到 1 − α。
bug-alpha-swapped-title = α 方向反了
bug-alpha-swapped-why = 负样本得到 α，正样本得到 1 − α：当 α = 0.25 时，被降权的是稀少的正样本，而不是负样本。
bug-log10-title = 以 10 为底的对数
bug-log10-why = 交叉熵用 log₁₀ 计算，所以每个损失都是真实值的 1/ln 10 ≈ 0.434。
bug-log2-title = 以 2 为底的对数
bug-log2-why = 交叉熵用 log₂ 计算，所以每个损失都是真实值的 1/ln 2 ≈ 1.44 倍。
bug-no-gamma-title = 忽略了 γ
bug-no-gamma-why = 缺少调制因子 (1 − p_t)^γ：无论 γ 是多少，损失都是 α 平衡交叉熵。
bug-gamma-on-p-title = γ 作用于 p 而不是 p_t
bug-gamma-on-p-why = 因子用的是正类的概率 p 而不是 p_t：对负样本来说，(1 − p)^γ 在它简单时最大，所以简单负样本被加权而不是降权。
bug-double-sigmoid-title = sigmoid 应用了两次
bug-double-sigmoid-why = 输入又经过了一次已经应用过的 sigmoid，所以每个 p 都落在 (0.5, 0.73) 内，损失几乎不随 logit 变化。
bug-double-sigmoid-fix = 把 logit 传给会应用 sigmoid 的函数，或者把概率传给不会应用的函数。
bug-keras-clamp-title = Keras 的裁剪（一种约定）
bug-keras-clamp-why = 这不是错误：像 Keras 那样在对数内把 p 裁剪到 [1e-7, 1 − 1e-7]，所以严重错误样本的损失止于 −ln(1e-7) ≈ 16.1。
bug-keras-clamp-fix = 如果你要的就是 Keras 的 BinaryFocalCrossentropy，则无需修改；若要与 torchvision 一致，请用 logit 计算 CE。
bug-mean-title = 平均值
bug-mean-why = 你给出的那个数是精确损失的平均值（reduction="mean"）。
bug-mean-fix = 如果你要的是平均值，这是正确的。论文则是按正样本数归一化。
bug-sum-title = 总和
bug-sum-why = 你给出的那个数是精确损失的总和（reduction="sum"）。
bug-sum-fix = 如果你要的是总和，这是正确的。
bug-sum-over-positives-title = 总和除以正样本数
bug-sum-over-positives-why = 你给出的那个数是精确损失的总和除以正样本数：论文的归一化方式。
bug-sum-over-positives-fix = 正确：RetinaNet 就是这样归一化的（按分配给目标的锚框数）。
paste-empty = 请先粘贴你的函数输出：每行一个数，按输入的顺序。
paste-not-a-number = 第 { $index } 个值（“{ $text }”）不是数字。请只粘贴输出，每行一个。
paste-count = 粘贴了 { $found } 个数；应为 { $expected } 个（check-inputs.csv 每行一个，reduction="none"）或 1 个（归约后的损失）。
not-a-python-name = “{ $name }”不是合法的 Python 名称
check-intro = 公开的焦点损失代码总是反复出现同样的几个错误。用这 { $rows } 行数据运行你的代码（logit 到 ±30，γ 从 0 到 5，α = 0.25、0.5、0.75，或 −1 表示不用，与 torchvision 相同），设置 reduction="none"，粘贴输出，看看结果是否正确；如果不正确，是哪个错误造成的。
check-step-inputs = 1. 输入
check-download = 下载 { $file }
check-columns = 列为 { $columns }；也可在本页旁边的 { $file } 获取。
check-step-pytest = 2. 或者生成一个 pytest 文件
check-module = 模块
check-function = 函数
check-pytest-note = 它以 torchvision 的签名调用 { $call }，分别用 float64 和 float32 计算并与精确值比较（float32：相对误差在 { $rtol } 以内，或低于 { $floor } 时绝对误差在 { $atol } 以内）。{ $command } 会打印出要粘贴到下面的输出。
check-step-paste = 3. 粘贴你的输出
check-paste-label = 每行一个数，按输入的顺序（打印出来的张量也可以），或者为归约后的损失给一个数
check-run = 检查
check-or-try = 或者试试：
check-an-example = 一个示例……
check-exact = 精确值
check-float32 = 正确，float32 精度
check-gallery = 错误图鉴
check-usually = 常见写法：
check-fix = 修正：
check-correct = 正确：每一行都与精确的焦点损失一致。
check-bug = 错误：{ $bug }。
check-reduced = 归约后的损失：{ $reduction }。
check-closest = 最接近的图鉴条目是{ $bug }，在 { $rows } 行中有 { $n } 行一致。
check-no-match = 没有匹配：输出既不是精确值，也不符合图鉴中的任何错误。
check-no-match-end = 差异最大的几行已在下方标出。
check-largest = 与精确值相比的最大误差：
check-floor = （相对误差；小于 { $floor } 的值按 { $floor } 计）。
check-disagree = { $rows } 行中有 { $n } 行不一致。
check-row-by-row = 逐行
check-table = 你的输出，逐行
check-col-yours = 你的
check-col-expected = 期望值
check-col-error = 误差
export-series = 曲线
export-p-positive = p(正)
