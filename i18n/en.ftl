# Focal Loss Explorer: the English catalogue, the source of every other language's.
# One message per text a reader sees or hears. English takes text and { $name } only;
# the other languages may use all of Fluent (selectors, plural categories).

lang-auto = Browser language
true-class-positive = positive (weight α)
true-class-negative = negative (weight 1 − α)
panel-page = the whole page
panel-explorer = Explorer
panel-imbalance = Class imbalance
panel-calculators = Calculators
panel-variants = Variants
panel-multi-class = Multi-class
panel-lab = Training lab
panel-yours = Your predictions
panel-code = Use it in your code
panel-check = Check your implementation
theme-auto = system
theme-light = light
theme-dark = dark
bench-off = off
bench-explorer = Explorer latency
bench-imbalance = imbalance latency
bench-train = training throughput
bench-smooth = frame times while training
bench-memory = memory over a long session
bench-paints = count each chart's paints
optimiser-full-batch = full-batch gradient descent
optimiser-sgd = mini-batch SGD, momentum 0.9, batch 1024
schedule-constant = constant
schedule-linear = linear from γ start to γ end
lab-loss-cross-entropy = cross-entropy (CE)
lab-loss-balanced-cross-entropy = α-balanced CE
lab-loss-focal = focal loss (γ, α)
lab-loss-focal-no-alpha = focal loss (γ, no α)
lab-loss-focal-star = FL* (γ, β = 1)
lab-loss-ohem = CE + hard example mining 1:3
lab-loss-focal-ohem = FL + hard example mining 1:3 (γ, α)
lab-loss-class-balanced-focal = class-balanced FL (β = 0.9999)
prior-start-both = both runs
prior-start-neither = neither (b = 0)
prior-start-only-b = run B only (A starts at b = 0)
yes-no-yes = yes
yes-no-no = no
mode-live = live
mode-run = headless run
scenario-custom = custom settings
scenario-helps = focal loss helps: a limited budget
scenario-prior = the prior initialisation (§3.3)
scenario-convex = well specified, trained long: a tie
scenario-alpha = α with γ = 2: the threshold, not the ranking
param-objects-label = Objects among them P
param-objects-spoken = objects
param-counts-label = Examples per class
param-counts-spoken = class counts
param-beta-label = Class-balanced β
param-beta-spoken = beta
param-hide-label = Hidden panels and controls
param-hide-spoken = hidden
param-lock-label = Locked controls
param-lock-spoken = locked
param-quiz-label = Checks shown
param-quiz-spoken = checks
param-present-label = Presenter mode
param-present-spoken = presenter mode
param-pt-label = p_t (probability of the true class)
param-pt-spoken = p t
param-y-label = True class
param-y-spoken = true class
param-ratio-label = Imbalance: negatives per positive
param-ratio-spoken = ratio
param-neg-label = Negatives: mean p_t (how easy)
param-neg-spoken = negatives mean p t
param-pos-label = Positives: mean p_t (how hard)
param-pos-spoken = positives mean p t
param-spread-label = Spread: std. dev. of logit(p_t)
param-spread-spoken = spread
param-anchors-label = Examples (anchors) N
param-anchors-spoken = anchors
param-lrsched-label = Learning-rate schedule
param-lrsched-spoken = Learning-rate schedule
param-seed-label = Seed
param-seed-spoken = seed
param-shape-label = Shape
param-shape-spoken = Shape
param-npos-label = Positives
param-npos-spoken = positives
param-lratio-label = Negatives per positive
param-lratio-spoken = ratio
param-hard-label = Hard negatives (fraction)
param-hard-spoken = hard fraction
param-quad-label = Quadratic features (x², y², xy)
param-quad-spoken = Quadratic features (x², y², xy)
param-useprior-label = Bias from the prior π
param-useprior-spoken = Bias from the prior π
param-opt-label = Optimiser
param-opt-spoken = Optimiser
param-lr-label = Learning rate
param-lr-spoken = learning rate
param-warmup-label = Warm-up epochs
param-warmup-spoken = warm-up
param-clip-label = Clip gradient norm (0: off)
param-clip-spoken = clip
param-norm-label = Normalise the loss by
param-norm-spoken = Normalise the loss by
param-sched-label = γ schedule
param-sched-spoken = γ schedule
param-g0-label = γ start
param-g0-spoken = gamma start
param-g1-label = γ end
param-g1-spoken = gamma end
param-epochs-label = Epochs (planned)
param-epochs-spoken = epochs
param-speed-label = Speed (epochs per frame)
param-speed-spoken = speed
param-thr-label = Threshold
param-thr-spoken = threshold
param-lab-label = Lab mode
param-lab-spoken = Lab mode
param-dump-label = Dump the test split
param-dump-spoken = Dump the test split
param-scenario-label = Scenario
param-scenario-spoken = Lab scenario
param-mclogits-label = Logits
param-mclogits-spoken = logits
param-mct-label = Target class
param-mct-spoken = target class
param-mcalpha-label = Per-class α
param-mcalpha-spoken = alpha
param-embed-label = Embed
param-embed-spoken = Embed
param-theme-label = Theme
param-theme-spoken = Theme
param-bench-label = Benchmark
param-bench-spoken = Benchmark
param-gamma-label = γ (focusing)
param-gamma-spoken = gamma
param-alpha-label = α (positive weight)
param-alpha-spoken = alpha
param-alpha-off = No α (weight every example 1, as torchvision’s α = −1)
param-prior-label = Prior π
param-prior-spoken = prior
param-eps-label = Poly-1 ε
param-eps-spoken = epsilon
run-a-loss = Run A loss
run-b-loss = Run B loss
run-a-gamma = Run A γ
run-a-gamma-spoken = run A gamma
run-a-alpha = Run A α
run-a-alpha-spoken = run A alpha
run-b-gamma = Run B γ
run-b-gamma-spoken = run B gamma
run-b-alpha = Run B α
run-b-alpha-spoken = run B alpha
lr-schedule-const = constant
lr-schedule-seed = warm-up from 0.1× over 10 epochs, then ×0.1 for the last 20 %
shape-blobs = blobs
shape-ring = positives on a ring
shape-cluster = positive cluster inside a negative ring
shape-beside = hard negatives beside the positives, a wide easy cloud below
normalisation-pos = the number of positives
normalisation-mean = the number of examples (mean)
control-exact-value = { $label } (exact value)
control-outside = { $raw } is outside { $min } to { $max }; using { $used }.
control-not-a-number = “{ $raw }” is not a number. Type a value from { $min } to { $max }.
list-entry = { $item } { $k }
list-item-class = class
list-item-alpha = α
list-add-class = Add a class
list-remove-class = Remove the last class
list-add-alpha = Add an α
list-remove-alpha = Remove the last α
param-lang-label = Language
param-lang-spoken = language
locked-note = Fixed by your teacher’s link.
chart-hover-hint = Point at the chart to read its values.
page-title = Focal Loss Explorer
embedded-title = Focal Loss Explorer: { $panel }
lede-before = Focal loss (Lin et al., 2017) scales cross-entropy by
lede-after = so that the many easy examples stop drowning out the few hard ones. Move the sliders and watch.
colophon-paper = Lin, Goyal, Girshick, He, Dollár: “Focal Loss for Dense Object Detection”, ICCV 2017.
colophon-numbers = Numbers match torchvision’s sigmoid_focal_loss. Works offline once loaded.
tool-embed = Embed…
tool-exercise = Make an exercise link…
tool-present = Presenter mode
toolbar-label = Page tools
share-button = Copy link to this state
share-copied = Link copied (if your browser allowed it):
share-permalink = Permalink
embed-frame-title = Focal Loss Explorer: { $panel }
embed-panel-label = Panel to embed
embed-paste = Paste this into your page:
embed-resize-comment = Optional: let the frame size itself (see embed-resize.js beside the app)
embed-copy = Copy snippet
example-easy = Easy example (p_t = { $pt })
example-easy-why = Already well classified: focal loss shrinks its loss by (1 − { $pt })^γ, to almost nothing.
example-hard = Hard example (p_t = { $pt })
example-hard-why = Misclassified: (1 − { $pt })^γ stays close to 1, so focal loss keeps most of its cross-entropy.
example-paper-100 = Paper: γ = { $gamma }, p_t = { $pt } → { $ratio }×
example-paper-100-why = The paper’s first checkpoint: with γ = { $gamma } and no α, an example at p_t = { $pt } has { $ratio }× less loss than under CE.
example-paper-1000 = Paper: γ = { $gamma }, p_t ≈ { $pt } → ~{ $ratio }×
example-paper-1000-why = The paper’s second checkpoint: at p_t ≈ { $pt } the loss is about { $ratio }× lower (exactly { $exact }× at { $pt }).
examples-label = Examples
readout-ce = Cross-entropy CE = −ln p_t
readout-modulating = Modulating factor (1 − p_t)^γ
readout-fl = Focal loss FL
legend-label = Chart legend
legend-current = { $gamma } (current)
legend-point = the current point
explorer-chart-summary = { $title }. Curves for γ = { $gammas } and the current γ = { $gamma }. Marked point: p_t = { $x }, value { $y }.
present-lab-why = The training lab’s scenario: its caption says what to watch.
chart-loss-title = focal loss vs p_t
chart-loss-title-weighted = α_t-weighted focal loss vs p_t
chart-modulating-title = modulating factor (1 − p_t)^γ
chart-gradient-title = |dFL/dlogit| vs p_t
chart-gradient-title-weighted = α_t-weighted |dFL/dlogit| vs p_t
axis-loss = loss
axis-factor = factor
axis-gradient = |gradient|
axis-pt = p_t (probability of the true class)
times-zero = FL is 0: α_t = 0 removes this example
times-equal = FL equals CE (no down-weighting)
times-smaller = FL is { $ratio }× smaller than CE
formula-ce = cross-entropy
formula-fl = focal loss
formula-gradient = gradient of the focal loss with respect to the logit
table-show = Show as table
table-hide = Hide table
chart-export = { $title }: export
chart-as-table = { $title } as a table
correction-not-a-number = { $key }=“{ $given }” is not a number, so { $key } = { $used } is used.
correction-below-min = { $key }=“{ $given }” is below the smallest allowed value, so { $key } = { $used } is used.
correction-above-max = { $key }=“{ $given }” is above the largest allowed value, so { $key } = { $used } is used.
correction-unknown-option = { $key }=“{ $given }” is not one of the options, so { $key } = { $used } is used.
correction-repeated = { $key }=“{ $given }” was given more than once; the last one counts, so { $key } = { $used } is used.
correction-wrong-length = { $key }=“{ $given }” has too few or too many entries, so { $key } = { $used } is used.
correction-inconsistent = { $key }=“{ $given }” does not fit the other settings, so { $key } = { $used } is used.
correction-not-whole = { $key }=“{ $given }” is not a whole number, so { $key } = { $used } is used.
correction-unknown-name = { $key }=“{ $given }” names nothing this page has, so { $key } = { $used } is used.
notice-heading = Some link parameters were adjusted:
notice-dismiss = Dismiss
later-failed = The rest of the page did not load (is the network down?). The Explorer above works.
later-retry = Try again
panic-before = Something went wrong —
panic-reload = reload
panic-after = (your settings are kept in the link).
imbalance-sentence-less = At { $ratio }, negatives (mean p_t { $pt }) carry { $ce } of the CE loss but only { $fl } of the focal loss (γ = { $gamma }).
imbalance-sentence-more = At { $ratio }, negatives (mean p_t { $pt }) carry { $ce } of the CE loss and { $fl } of the focal loss (γ = { $gamma }).
verdict-start = Press Play (or Step) to train both runs from the same starting weights.
verdict-tie = After { $epoch } epochs both runs rank the test set about equally well (AP { $a } for A, { $b } for B).
verdict-lead = After { $epoch } epochs run { $winner } ({ $w }) leads run { $loser } ({ $l }) by { $gap } AP ({ $high } vs { $low }).
verdict-best = The best possible AP on this test split (ranking by the exact likelihood ratio of the data’s own distributions) is { $best }: A reaches { $a } of it, B { $b }. Recall at 0.5: A { $ra }, B { $rb }.
verdict-why-tie = That is expected once training has converged: in both tails focal loss behaves like cross-entropy on logits three times as large, so a model that can scale its weights reaches about the same ranking with either loss. Focal loss changes which examples the gradient listens to (watch the early epochs and the loss CDFs) and how the probabilities are calibrated. The paper’s large gains come from deep detectors scoring 100,000 anchors per image, where easy negatives swamp every step.
multiclass-heading = Multi-class (softmax) focal loss
multiclass-intro = FL = −α_t (1 − p_t)^γ ln p_t with p = softmax(logits); α is per class (Keras’s convention).
multiclass-target-row = { $k } (target)
multiclass-class = class { $k }
multiclass-table = Multi-class table
multiclass-col-class = class
multiclass-col-logit = logit
multiclass-col-p = softmax p
multiclass-ce = CE = −ln p_target
variant-ce-citation = cross-entropy; focal loss with γ = 0
variant-flstar-citation = Lin et al. 2017, appendix A (shown with γ = 2, β = 1 and γ = 4, β = 0)
variant-flsd-formula = focal loss with γ = 5 where p_t < 0.2, else γ = 3
variants-chart-title = loss vs p_t for a positive, by variant
variants-heading = Variants, side by side
variants-summary = Loss against p_t for a positive example under CE, focal loss with γ = { $gamma }, FL* (γ = 2, β = 1 and γ = 4, β = 0), Poly-1 with ε = { $epsilon } and FLSD-53.
imbalance-heading = Class imbalance: why easy negatives swamp cross-entropy
imbalance-intro-1 = A dense detector scores about { $anchors } candidate boxes per image and fewer than { $objects } are objects.
imbalance-intro-2 = Each easy negative has a small loss, but there are so many that under cross-entropy they dominate both the loss and the gradient.
imbalance-intro-3 = Here each class’s p_t follows a logit-normal distribution; the expectations are integrated numerically.
shares-table = Loss shares table
shares-caption = Per example and over N = { $n } examples
shares-col-loss = loss
shares-col-pos = per positive
shares-col-neg = per negative
shares-col-total = total over N
shares-col-share = share of loss from negatives
shares-col-grad = share of |gradient| from negatives
gamma-row-current = { $gamma } (current)
gamma-table = γ effect table
gamma-caption = How γ weighs an easy (p_t = { $easy }) against a hard (p_t = { $hard }) example: (1 − p_t)^γ
gamma-col-easy = easy weight
gamma-col-hard = hard weight
gamma-col-ratio = hard ÷ easy
share-summary = Fraction of the loss and of the gradient carried by negatives for ratios 1:1 to 1:100,000, for CE, α-CE and FL. { $sentence }
mass-summary = Where the { $loss } loss sits over p_t: negatives around p_t { $neg } carry { $share }, positives around p_t { $pos } carry the rest.
imbalance-chart-note-1 = Left: solid lines are the share of the loss, dashed lines the share of the |gradient|; the vertical line is the current ratio.
imbalance-chart-note-2 = Middle and right: each class’s count × density × loss, as a share of the total, so the area under both curves is 1.
share-series-loss = { $loss } loss
share-series-grad = { $loss } |gradient|
share-chart-title = share from negatives (solid: loss, dashed: |gradient|)
share-axis-x = negatives per positive
share-axis-y = fraction from negatives
mass-negatives = negatives
mass-positives = positives
mass-chart-title = where the { $loss } loss sits
mass-axis-x = p_t (log-odds scale)
mass-axis-y = share of total loss
alpha-calc-heading = α from class frequencies
alpha-table = Class weights table
alpha-col-count = count
alpha-col-freq = frequency
alpha-col-inv = inverse frequency N/(K·n), clipped to [{ $lo }, { $hi }]
alpha-col-cb = class-balanced (Cui et al. 2019)
alpha-col-from-freq = α from frequency 1 − n/N, clipped to [{ $lo }, { $hi }]
alpha-note-1 = Class-balanced weights use the effective number (1 − βⁿ)/(1 − β) and are normalised to sum to the number of classes.
alpha-note-2 = The last column is the rule in many focal-loss code bases (“α from frequency”): 1 − n/N per class, clipped, not normalised; unlike inverse frequency it cannot exceed 0.9 however rare a class is, and unlike class-balanced weights it ignores how many examples a class has in absolute terms, only its share.
alpha-note-3 = Note the paper’s binary α = 0.25 goes the other way from inverse frequency: once γ has down-weighted the easy negatives, the best α gives the rare positives less weight, not more (Lin et al., Table 1a).
prior-heading = Prior-probability bias initialisation (§3.3)
prior-bias = bias b = −ln((1 − π)/π)
prior-ce-zero = initial CE, b = 0
prior-ce-prior = initial CE, b from π
prior-fl-zero = initial FL, b = 0
prior-fl-prior = initial FL, b from π
prior-sentence = With b = 0 every anchor starts at p = 0.5, so the background alone contributes { $zero } to the first loss; starting at p = π brings it to { $prior }, and training is stable from the first step.
caption-custom = Free settings. Pick a scenario above to see one claim demonstrated, or change anything below.
caption-helps = Run B (focal loss, γ = { $gamma }, no α) ranks the test set better than run A (cross-entropy) after { $epochs } epochs of full-batch descent: by at least { $min } AP on every seed the tests check. Watch the easy-share monitor and Fig. 4: under CE the { $easy } easy negatives carry most of the gradient, so CE’s first steps mostly shrink the weight along the easy cloud’s wide axis, the very direction that separates the { $positives } positives from the { $hard } hard negatives beside them; FL’s steps follow positives against hard negatives from the start. Both stay far below the Bayes line: a linear model cannot fit this layout. Raise the epochs to see a longer budget: in both tails FL(z) behaves like CE(3z), so a model that can scale its logits can reach the same ranking under either loss. Here focal loss gets there sooner.
caption-prior = Both runs use the same loss (focal loss, γ = { $gamma }); they differ only in where the bias starts: run A at b = 0, run B at b = −ln((1 − π)/π) with π = { $prior } (§3.3 of the paper). At b = 0 every one of the { $negatives } negatives starts at p = 0.5 with a large loss, and their gradient swamps the first steps: after { $epochs } epochs run B leads run A by at least { $min } AP on every seed the tests check. The Bayes line shows how close B comes.
caption-convex = Two Gaussian classes with quadratic features: the model is well specified (the exact log-likelihood ratio is a quadratic) and the loss is convex. After { $epochs } epochs of mini-batch SGD both runs end within { $bayes } AP of the Bayes line and within { $each } AP of each other on every seed the tests check. Focal loss cannot help here: with a convex loss and a model that contains the best ranking, any proper loss trained long enough finds it.
caption-alpha = Two focal-loss runs with γ = { $gamma }: run A with α = { $alpha-a }, run B with α = { $alpha-b } (the paper’s choice for γ = 2). α weighs positives against negatives, and that shifts every score more than it reorders them: after { $epochs } epochs the two APs stay within { $band } of each other on every seed the tests check, while at the threshold { $threshold } run A’s recall is at least { $recall } higher and run B’s precision at least { $precision } higher. In this model α mostly sets where a threshold cuts, not how well the runs rank.
lab-heading = Training lab: cross-entropy vs focal loss on { $ratio } data
lab-intro-1 = Two logistic-regression models, A and B, train in lockstep on the same synthetic data from the same starting weights; only their losses differ.
lab-intro-2 = Metrics are measured on a held-out test split drawn the same way. Under imbalance, accuracy says nothing (predicting “negative” everywhere is { $accuracy } accurate), so watch AP, precision and recall.
lab-capped = Using { $used } positives instead of { $asked }: a split holds at most { $max } examples at this ratio.
lab-bayes = best possible AP (Bayes-optimal ranking of the test split)
lab-buttons = Training
lab-play = Play
lab-pause = Pause
lab-step = Step one epoch
lab-reset = Reset
lab-epoch = epoch
lab-export-csv = Export data (CSV)
lab-export-json = Export history (JSON)
lab-chart-pending = A chart of the training lab, once its data are drawn
heatmap-summary = { $title }: the model’s probability over the plane (blue negative, orange positive), with { $positives } positives and a sample of { $negatives } negatives.
run-heading = Run { $run } — { $loss }
run-train-loss = train loss
run-test-loss = test loss
run-ap = AP (test)
run-ap-share = AP as a share of the best possible
run-roc-auc = ROC-AUC (test)
run-precision = precision at { $threshold }
run-recall = recall at { $threshold }
run-easy-share = loss share of easy examples (p_t > { $pt })
run-weights = weights (x, y, x², y², xy, bias):
confusion-caption = run { $run } at threshold { $threshold }
confusion-predicted-pos = predicted +
confusion-predicted-neg = predicted −
confusion-actual-pos = actual +
confusion-actual-neg = actual −
scenario-modified = These settings differ from the scenario’s, so its claim may not hold.
scenario-restore = Restore the scenario’s settings
settings-heading = Settings
settings-data = Data
settings-shape-note = On this layout no run can reach the best possible AP: the best boundary is one curve against the hard negatives and another against the easy cloud, and the model draws a single line (or, with quadratic features, a single conic).
settings-optimisation = Optimisation (both runs)
settings-adaptive = Adaptive γ: { $start } → { $end }
settings-run = Run { $run }
settings-note = Changing a setting starts a new experiment (both runs reset). The γ schedule, when linear, replaces each focal run’s γ.
diverged-loss = the training loss became infinite or NaN
diverged-weights = the weights became infinite or NaN
diverged-exploded = the training loss exploded to more than { $times }× its first value ({ $loss })
lab-diverged = Run { $run } diverged at epoch { $epoch }: { $why }. Training is paused. Lower the learning rate, turn on gradient clipping or warm-up, then press Reset.
lab-diverged-short = run { $run } at epoch { $epoch }: { $why }
heatmap-title = run { $run } ({ $loss }): p(positive)
published-summary = Published results for context (COCO, deep detectors — not computed here)
published-1a-label = Paper Table 1a
published-1a = Lin et al. 2017, Table 1a: α-balanced CE (γ = 0), ResNet-50, COCO minival
published-1b-label = Paper Table 1b
published-1b = Lin et al. 2017, Table 1b: focal loss, best α for each γ
published-coco-label = COCO detectors table
published-coco = COCO test-dev as reported by each paper (speeds from each paper’s own hardware; not comparable across rows)
published-col-detector = detector
published-col-backbone = backbone
published-col-source = source
detector-fcos-improved = FCOS with improvements
source-fpn = Lin et al. 2017 (FPN), via RetinaNet Table 2
source-dssd = Fu et al. 2017 (DSSD), via RetinaNet Table 2
source-retinanet = Lin et al. 2017, Table 2
source-fcos = Tian et al. 2019 (ICCV), Table 5
source-fcos-improved = Tian et al. 2019, Table 5 (the row with the later improvements)
lab-series-train = { $run } train
lab-series-test = { $run } test
lab-loss-title = loss ÷ loss at epoch 0
lab-loss-axis = relative loss
lab-series-ap = { $run } AP
lab-bayes-series = best possible (Bayes)
lab-ap-title = average precision (test)
lab-series-precision = { $run } precision
lab-series-recall = { $run } recall
lab-pr-epochs-title = precision and recall at { $threshold } (test)
lab-fraction-axis = fraction
lab-pr-title = precision–recall now (test)
lab-axis-recall = recall
lab-axis-precision = precision
lab-axis-epoch = epoch
cdf-positives = positives γ = { $gamma }
cdf-negatives = negatives γ = { $gamma }
cdf-title = loss CDF, run { $run } (paper’s Fig. 4)
cdf-axis-x = fraction of examples
cdf-axis-y = cumulative normalised loss
quiz-ce-over-fl-q = With γ = { $gamma } and no α, an easy example has p_t = { $pt }. How many times smaller than its cross-entropy is its focal loss?
quiz-ce-over-fl-why = (1 − p_t)^γ = { $base }² = { $factor }, so focal loss is { $ratio }× smaller than CE ({ $fl } against { $ce }). The paper’s point: an easy example hardly counts any more.
quiz-alpha-class-q = With α = { $alpha }, which class is weighted more?
quiz-alpha-class-positives = the positives (the rare class)
quiz-alpha-class-negatives = the negatives (the background)
quiz-alpha-class-both = both equally
quiz-alpha-class-why = α is the positives’ weight and 1 − α the negatives’: { $pos } against { $neg }. With γ = 2 the paper found α = 0.25 best: focal loss already quietens the many easy negatives, so the rare class needs less help than α-balanced CE gives it.
quiz-prior-bias-q = What bias b makes a new model predict p = { $prior } for every anchor (the prior π = { $prior })?
quiz-prior-bias-why = b = −ln((1 − π)/π) = −ln(99) = { $bias }. Starting there, the { $negatives } easy negatives do not swamp the first steps of training (the paper’s §3.3); b = 0 starts every anchor at p = 0.5.
quiz-gamma-zero-q = With γ = 0 and no α, focal loss is…
quiz-gamma-zero-exact = exactly cross-entropy
quiz-gamma-zero-half = half of cross-entropy
quiz-gamma-zero-easy = zero for easy examples
quiz-gamma-zero-why = (1 − p_t)⁰ = 1 for every p_t, so FL = CE on every example (checked here from −20 to 20 in the logit, both classes). With α it is α-balanced CE.
quiz-neg-share-q = At 1 positive per { $negatives } negatives (the imbalance view’s distributions), what share of the cross-entropy loss comes from the negatives? (in %)
quiz-neg-share-why = { $share } of the CE loss comes from negatives, although each easy negative’s loss is small: there are a thousand of them per positive. That is the imbalance focal loss was made for.
quiz-hard-gradient-q = A hard example (p_t = { $pt }, γ = { $gamma }, no α): how much of its cross-entropy gradient |dCE/dlogit| does focal loss keep?
quiz-hard-gradient-all = almost all of it
quiz-hard-gradient-half = about half
quiz-hard-gradient-tenth = about a tenth or less
quiz-hard-gradient-why = { $kept } of it ({ $fl } against { $ce }); an easy example (p_t = 0.9) keeps only { $easy }. Focal loss turns the gradient down on the easy examples, not on the hard ones, so the hard ones lead.
quiz-alpha-ap-q = In the lab’s α scenario (γ = 2), what does α = 0.25 instead of 0.75 do to the average precision?
quiz-alpha-ap-raises = raises it clearly
quiz-alpha-ap-lowers = lowers it clearly
quiz-alpha-ap-barely = barely changes it: α moves the threshold, not the ranking
quiz-alpha-ap-why = On every seed the tests tried, the two runs’ AP stay within 0.01 of each other, while at the threshold α = 0.75 has the higher recall and α = 0.25 the higher precision: a class weight shifts where the scores fall, not their order.
quiz-fl-above-ce-q = Can focal loss (γ ≥ 0, α in [0, 1] or none) ever be larger than cross-entropy on the same example?
quiz-fl-above-ce-yes = yes, for hard examples
quiz-fl-above-ce-no = no, never
quiz-fl-above-ce-why = No: (1 − p_t)^γ ≤ 1 and α_t ≤ 1, so FL = α_t (1 − p_t)^γ CE ≤ CE on every example. Focal loss only takes away, less from the hard examples than from the easy ones.
quiz-not-a-number = “{ $raw }” is not a number.
quiz-pick-first = Pick one of the answers first.
quiz-right = Right. { $why }
quiz-wrong = Not quite: { $answer }. { $why }
quiz-label = Check yourself: { $panel }
quiz-heading = Check yourself
quiz-your-answer = Your answer…
quiz-check = Check my answer
quiz-forget = Forget it
exercise-group-shared = γ, α and the prior π (shared by several panels)
exercise-free = free to move
exercise-locked = locked at this page’s value
exercise-hidden = hidden
exercise-heading = Make an exercise link
exercise-note = The link keeps this page’s current values: set them first, then choose what learners see. A locked control shows its value and cannot be moved.
exercise-panels = Panels to show
exercise-controls = Controls
exercise-checks = Check yourself questions to ask
exercise-present = Open in presenter mode
exercise-link = The exercise link:
exercise-copy = Copy link
exercise-preview = Preview
exercise-open-tab = Open in a new tab
exercise-frame = Preview of the exercise link
exercise-embed = Or embed one panel with the same controls hidden and locked:
exercise-snippet = Embed snippet
present-intro = Presenter mode: → and ← step through { $total } presets.
present-region = Presenter
present-back = Previous preset
present-next = Next preset
present-exit = Leave presenter mode
code-copy = Copy
code-returns = returns for the current point
code-listing = { $library } code
code-intro = For the Explorer’s current point (p_t = { $pt }, a { $class } example), γ = { $gamma } and { $alpha }:
code-positive = positive
code-negative = negative
code-no-alpha = no α
code-conventions = Conventions that differ between libraries
convention-torchvision = torchvision and fvcore give α to positives and 1 − α to negatives; α = −1 (fvcore’s default) turns weighting off. torchvision’s default is α = 0.25.
convention-keras-alpha = Keras’s BinaryFocalCrossentropy ignores α unless apply_class_balancing=True (default False).
convention-keras-clip = Keras clips probabilities to [1e-7, 1 − 1e-7], so its loss saturates at −ln(1e-7) ≈ 16.1 even with from_logits=True, while torchvision keeps growing linearly with the logit.
convention-categorical = Keras’s CategoricalFocalCrossentropy multiplies every class by α (a scalar or one value per class); kornia with a scalar α gives class 0 weight 1 − α and every other class α.
convention-soft = Soft labels: torchvision uses p_t = p·y + (1 − p)(1 − y) with the soft y; kornia’s binary focal loss weighs the two log terms separately, so the two differ for 0 < y < 1.
yours-kept = { $problem } The data shown before is kept.
yours-unreadable = The file could not be read ({ $why }). The data shown before is kept.
yours-intro = What would focal loss do to your model’s outputs? Load a table with a header row: label (0 or 1) and one of logit (a raw score) or prob (the positive class’s probability); other columns are ignored, and commas, tabs, semicolons or spaces all work. A detector’s per-class sigmoid outputs become one row per anchor and class: label 1 where the anchor is assigned to an object of that class.
yours-privacy = Your file is read in this tab and never leaves it: nothing is uploaded, and the data is not put in the link (the link keeps γ and α only).
yours-open = Open a file (or drop it on this panel)
yours-sample = Load the sample ({ $anchors } anchors, { $ratio })
yours-paste = Paste rows instead
yours-paste-label = Rows, header first
yours-load = Load the pasted rows
yours-reading = Reading…
yours-described = { $rows } rows from { $source } ({ $delimiter }, { $column } column), read and summarised in { $seconds } s.
yours-none-refused = No row was refused.
yours-refused-line = line { $line }: { $problem }
yours-refused-many = { $n } rows were refused (the good rows are used); the first { $listed }:
yours-refused-one = 1 row was refused (the good rows are used):
yours-refused-some = { $n } rows were refused (the good rows are used):
source-pasted = the pasted text
source-sample = the generated sample
unreadable-slice = the file could not be sliced
unreadable-refused = the browser refused to read it
delimiter-commas = commas
delimiter-tabs = tabs
delimiter-semicolons = semicolons
delimiter-spaces = spaces
yours-rows = rows used
yours-refused = rows refused
yours-ap = average precision
yours-shares = Where the loss comes from
yours-shares-estimated = Where the loss comes from (estimated while you drag)
yours-shares-exact = Where the loss comes from (exact, every row)
yours-col-share = share of the total
yours-col-ce = cross-entropy
yours-col-fl = focal loss
yours-row-neg = loss from negatives
yours-row-easy = loss from easy examples (p_t > { $pt })
yours-row-grad = |gradient| from negatives
yours-prior = positive rate π
yours-mean-p = mean predicted p
yours-bias = prior bias b = −ln((1 − π)/π)
yours-alpha-freq = α from the counts
yours-pt-summary = How each class’s examples spread over p_t, on a log-odds axis.
yours-share-summary = The negatives carry { $fl } of the focal loss and { $grad } of its gradient at γ = { $gamma }; { $ce } under cross-entropy.
calibration-none = with no positives there is no rate to compare with
calibration-close = close to calibrated on average
calibration-over = { $ratio }× the rate: it over-predicts positives on average
calibration-under = { $ratio }× the rate: it under-predicts positives on average
yours-prior-sentence = Your model’s mean probability { $mean } against a positive rate π = { $prior }: { $verdict }. A model that starts from the paper’s prior bias b = { $bias } predicts p = π for every anchor.
yours-pt-title = where your examples sit
yours-pt-axis = fraction of the class
yours-share-gradient = its |gradient|
yours-share-title = share from your negatives against γ, at this α
row-not-a-number = { $column } “{ $text }” is not a number
row-not-finite = { $column } is NaN or infinite
row-label = label { $value } is not 0 or 1
row-prob-range = probability { $value } is outside [0, 1]
row-infinite-loss = a probability of exactly 0 or 1 on the wrong class (infinite loss)
row-missing = the { $column } column is missing
row-column-count = { $found } columns where the header has { $expected }
file-empty = The file is empty.
file-header-only = The file has a header row and no data rows.
file-no-label = The header has no “label” column (0 for a negative, 1 for a positive).
file-both-scores = The header has both “logit” and “prob”: keep one, so that it is clear which the loss uses.
file-no-score = The header has neither “logit” (a raw score) nor “prob” (the positive class’s probability).
file-not-text = This is not a text file: save the predictions as CSV or TSV.
file-too-large = The file is { $size } MB; the limit is { $limit } MB. Sample its rows (every k-th anchor) first.
file-no-good-rows = No row could be used; the reasons for the first ones are listed.
bug-alpha-everywhere-title = α on every example
bug-alpha-everywhere-why = α multiplies every example’s loss, so it is only a scale: negatives should get 1 − α.
bug-alpha-swapped-title = α pointing the wrong way
bug-alpha-swapped-why = Negatives get α and positives 1 − α: with α = 0.25 the rare positives are weighted down, not the negatives.
bug-log10-title = log base 10
bug-log10-why = Cross-entropy is taken with log₁₀, so every loss is 1/ln 10 ≈ 0.434 of the true one.
bug-log2-title = log base 2
bug-log2-why = Cross-entropy is taken with log₂, so every loss is 1/ln 2 ≈ 1.44 times the true one.
bug-no-gamma-title = γ ignored
bug-no-gamma-why = The modulating factor (1 − p_t)^γ is missing: the loss is α-balanced cross-entropy whatever γ is.
bug-gamma-on-p-title = γ on p, not p_t
bug-gamma-on-p-why = The factor uses p, the positive class’s probability, instead of p_t: for a negative (1 − p)^γ is largest when it is easy, so easy negatives are weighted up, not down.
bug-double-sigmoid-title = sigmoid applied twice
bug-double-sigmoid-why = The inputs are passed through a sigmoid that was already applied, so every p lies in (0.5, 0.73) and the loss barely depends on the logit.
bug-double-sigmoid-fix = Pass logits to a function that applies the sigmoid, or probabilities to one that does not.
bug-keras-clamp-title = Keras's clipping (a convention)
bug-keras-clamp-why = Not a bug: p is clipped to [1e-7, 1 − 1e-7] inside the log, as Keras does, so the loss of a very wrong example stops at −ln(1e-7) ≈ 16.1.
bug-keras-clamp-fix = Nothing to fix if you meant Keras’s BinaryFocalCrossentropy; compute CE from logits to match torchvision.
bug-mean-title = the mean
bug-mean-why = Your one number is the mean of the exact losses (reduction="mean").
bug-mean-fix = Correct, if you meant the mean. The paper normalises by the number of positives instead.
bug-sum-title = the sum
bug-sum-why = Your one number is the sum of the exact losses (reduction="sum").
bug-sum-fix = Correct, if you meant the sum.
bug-sum-over-positives-title = the sum over the number of positives
bug-sum-over-positives-why = Your one number is the sum of the exact losses divided by the number of positives: the paper’s normalisation.
bug-sum-over-positives-fix = Correct: this is how RetinaNet normalises (by the anchors assigned to objects).
paste-empty = Paste your function’s outputs first: one number per line, in the inputs’ order.
paste-not-a-number = Value { $index } (“{ $text }”) is not a number. Paste only the outputs, one per line.
paste-count = { $found } numbers pasted; expected { $expected } (one per row of check-inputs.csv, reduction="none") or 1 (a reduced loss).
not-a-python-name = “{ $name }” is not a Python name
check-intro = Public focal-loss code carries the same few bugs again and again. Run yours on these { $rows } rows (logits to ±30, γ from 0 to 5, α = 0.25, 0.5, 0.75 or −1 for none, as in torchvision) with reduction="none", paste its outputs, and see whether they are right, and if not, which bug explains them.
check-step-inputs = 1. The inputs
check-download = Download { $file }
check-columns = Columns { $columns }; also at { $file } beside this page.
check-step-pytest = 2. Or a generated pytest file
check-module = Module
check-function = Function
check-pytest-note = It calls { $call } (torchvision’s signature) in float64 and float32 and compares with the exact values (float32: within { $rtol } relative, or { $atol } below { $floor }). { $command } prints the outputs to paste below.
check-step-paste = 3. Paste your outputs
check-paste-label = One number per line, in the inputs’ order (a printed tensor works), or one number for a reduced loss
check-run = Check
check-or-try = or try:
check-an-example = an example…
check-exact = the exact values
check-float32 = correct, in float32
check-gallery = The bug gallery
check-usually = Usually:
check-fix = Fix:
check-correct = Correct: every row agrees with the exact focal loss.
check-bug = Bug: { $bug }.
check-reduced = A reduced loss: { $reduction }.
check-closest = The closest gallery entry, { $bug }, agrees on { $n } of { $rows } rows.
check-no-match = No match: the outputs are neither the exact values nor any bug in the gallery.
check-no-match-end = The largest differences are marked below.
check-largest = Largest error against the exact values:
check-floor = (relative; values below { $floor } count as { $floor }).
check-disagree = { $n } of { $rows } rows disagree.
check-row-by-row = Row by row
check-table = Your outputs row by row
check-col-yours = yours
check-col-expected = expected
check-col-error = error
export-series = series
export-p-positive = p(positive)
