# Focal Loss Explorer: العربية. المصطلحات في i18n/glossary.md.

lang-auto = لغة المتصفح
true-class-positive = موجبة (الوزن α)
true-class-negative = سالبة (الوزن 1 − α)
panel-page = الصفحة كاملة
panel-explorer = المستكشف
panel-imbalance = عدم توازن الفئات
panel-calculators = الحاسبات
panel-variants = المتغيرات
panel-multi-class = متعدد الفئات
panel-lab = مختبر التدريب
panel-yours = تنبؤاتك
panel-code = استخدمها في شيفرتك
panel-check = تحقق من تنفيذك
theme-auto = حسب النظام
theme-light = فاتح
theme-dark = داكن
bench-off = إيقاف
bench-explorer = زمن استجابة المستكشف
bench-imbalance = زمن استجابة لوحة عدم التوازن
bench-train = إنتاجية التدريب
bench-smooth = أزمنة الإطارات أثناء التدريب
bench-memory = الذاكرة في جلسة طويلة
bench-paints = عدّ مرات رسم كل مخطط
optimiser-full-batch = انحدار التدرج بالدفعة الكاملة
optimiser-sgd = SGD بدفعات صغيرة، زخم 0.9، دفعة 1024
schedule-constant = ثابت
schedule-linear = خطي من γ البداية إلى γ النهاية
lab-loss-cross-entropy = الإنتروبيا المتقاطعة (CE)
lab-loss-balanced-cross-entropy = CE الموزونة بـ α
lab-loss-focal = الخسارة البؤرية (γ، α)
lab-loss-focal-no-alpha = الخسارة البؤرية (γ، بلا α)
lab-loss-focal-star = ⁦FL* (γ، β = 1)⁩
lab-loss-ohem = CE + تنقيب الأمثلة الصعبة 1:3
lab-loss-focal-ohem = FL + تنقيب الأمثلة الصعبة 1:3 (γ، α)
lab-loss-class-balanced-focal = FL الموزونة حسب الفئة (β = 0.9999)
prior-start-both = كلا التشغيلين
prior-start-neither = لا أحد (b = 0)
prior-start-only-b = التشغيل B فقط (يبدأ A عند b = 0)
yes-no-yes = نعم
yes-no-no = لا
mode-live = مباشر
mode-run = تشغيل بلا واجهة
scenario-custom = إعدادات مخصصة
scenario-helps = الخسارة البؤرية تساعد: ميزانية محدودة
scenario-prior = التهيئة بالاحتمال المسبق (§3.3)
scenario-convex = نموذج صحيح التحديد ومدرَّب طويلًا: تعادل
scenario-alpha = α مع γ = 2: العتبة لا الترتيب
param-objects-label = الأجسام بينها P
param-objects-spoken = الأجسام
param-counts-label = الأمثلة لكل فئة
param-counts-spoken = الأمثلة لكل فئة
param-beta-label = β الموازنة حسب الفئة
param-beta-spoken = بيتا
param-hide-label = اللوحات وعناصر التحكم المخفية
param-hide-spoken = مخفية
param-lock-label = عناصر التحكم المقفلة
param-lock-spoken = مقفلة
param-quiz-label = الأسئلة المعروضة
param-quiz-spoken = الأسئلة
param-present-label = وضع العرض التقديمي
param-present-spoken = وضع العرض التقديمي
param-pt-label = p_t (احتمال الفئة الصحيحة)
param-pt-spoken = p t
param-y-label = الفئة الصحيحة
param-y-spoken = الفئة الصحيحة
param-ratio-label = عدم التوازن: الأمثلة السالبة لكل مثال موجب
param-ratio-spoken = النسبة
param-neg-label = السالبة: متوسط p_t (مدى سهولتها)
param-neg-spoken = متوسط p t للسالبة
param-pos-label = الموجبة: متوسط p_t (مدى صعوبتها)
param-pos-spoken = متوسط p t للموجبة
param-spread-label = التشتت: الانحراف المعياري لـ ⁦logit(p_t)⁩
param-spread-spoken = التشتت
param-anchors-label = الأمثلة (المراسي) N
param-anchors-spoken = المراسي
param-lrsched-label = جدولة معدل التعلم
param-lrsched-spoken = جدولة معدل التعلم
param-seed-label = البذرة
param-seed-spoken = البذرة
param-shape-label = الشكل
param-shape-spoken = الشكل
param-npos-label = الأمثلة الموجبة
param-npos-spoken = الأمثلة الموجبة
param-lratio-label = السالبة لكل موجب
param-lratio-spoken = النسبة
param-hard-label = السالبة الصعبة (نسبة)
param-hard-spoken = نسبة الصعبة
param-quad-label = سمات تربيعية (x², y², xy)
param-quad-spoken = سمات تربيعية
param-useprior-label = الانحياز من الاحتمال المسبق π
param-useprior-spoken = الانحياز من الاحتمال المسبق
param-opt-label = المحسِّن
param-opt-spoken = المحسِّن
param-lr-label = معدل التعلم
param-lr-spoken = معدل التعلم
param-warmup-label = حقب الإحماء
param-warmup-spoken = الإحماء
param-clip-label = قص معيار التدرج (0: إيقاف)
param-clip-spoken = القص
param-norm-label = تطبيع الخسارة على
param-norm-spoken = تطبيع الخسارة على
param-sched-label = جدولة γ
param-sched-spoken = جدولة γ
param-g0-label = γ البداية
param-g0-spoken = غاما البداية
param-g1-label = γ النهاية
param-g1-spoken = غاما النهاية
param-epochs-label = الحقب (المخطط لها)
param-epochs-spoken = الحقب
param-speed-label = السرعة (حقب لكل إطار)
param-speed-spoken = السرعة
param-thr-label = العتبة
param-thr-spoken = العتبة
param-lab-label = وضع المختبر
param-lab-spoken = وضع المختبر
param-dump-label = تفريغ قسم الاختبار
param-dump-spoken = تفريغ قسم الاختبار
param-scenario-label = السيناريو
param-scenario-spoken = سيناريو المختبر
param-mclogits-label = اللوجيتات
param-mclogits-spoken = اللوجيتات
param-mct-label = الفئة الهدف
param-mct-spoken = الفئة الهدف
param-mcalpha-label = α لكل فئة
param-mcalpha-spoken = ألفا
param-embed-label = التضمين
param-embed-spoken = التضمين
param-theme-label = السمة
param-theme-spoken = السمة
param-bench-label = قياس الأداء
param-bench-spoken = قياس الأداء
param-gamma-label = γ (التركيز)
param-gamma-spoken = غاما
param-alpha-label = α (وزن الموجبة)
param-alpha-spoken = ألفا
param-alpha-off = بلا α (وزن كل مثال 1، مثل α = −1 في torchvision)
param-prior-label = الاحتمال المسبق π
param-prior-spoken = الاحتمال المسبق
param-eps-label = ε في Poly-1
param-eps-spoken = إبسيلون
run-a-loss = خسارة التشغيل A
run-b-loss = خسارة التشغيل B
run-a-gamma = γ التشغيل A
run-a-gamma-spoken = غاما التشغيل A
run-a-alpha = α التشغيل A
run-a-alpha-spoken = ألفا التشغيل A
run-b-gamma = γ التشغيل B
run-b-gamma-spoken = غاما التشغيل B
run-b-alpha = α التشغيل B
run-b-alpha-spoken = ألفا التشغيل B
lr-schedule-const = ثابت
lr-schedule-seed = إحماء من 0.1× خلال 10 حقب، ثم ×0.1 في آخر 20 %
shape-blobs = تكتلات
shape-ring = الموجبة على حلقة
shape-cluster = تكتل موجب داخل حلقة سالبة
shape-beside = سالبة صعبة بجوار الموجبة، وسحابة سهلة واسعة في الأسفل
normalisation-pos = عدد الأمثلة الموجبة
normalisation-mean = عدد الأمثلة (المتوسط)
control-exact-value = { $label } (القيمة الدقيقة)
control-outside = { $raw } خارج المدى من { $min } إلى { $max }؛ تُستخدم { $used }.
control-not-a-number = «{ $raw }» ليس رقمًا. اكتب قيمة من { $min } إلى { $max }.
list-entry = { $item } { $k }
list-item-class = الفئة
list-item-alpha = α
list-add-class = أضف فئة
list-remove-class = احذف آخر فئة
list-add-alpha = أضف α
list-remove-alpha = احذف آخر α
param-lang-label = اللغة
param-lang-spoken = اللغة
locked-note = ثبّتها رابط معلّمك.
chart-hover-hint = أشر إلى المخطط لقراءة قيمه.
page-title = مستكشف الخسارة البؤرية
embedded-title = مستكشف الخسارة البؤرية: { $panel }
lede-before = الخسارة البؤرية (Focal Loss، ‏Lin وآخرون، 2017) تضرب الإنتروبيا المتقاطعة في
lede-after = حتى لا تُغرق الأمثلةُ السهلة الكثيرة الأمثلةَ الصعبة القليلة. حرّك المنزلقات وراقب.
colophon-paper = Lin, Goyal, Girshick, He, Dollár: «Focal Loss for Dense Object Detection»، ICCV 2017.
colophon-numbers = تطابق الأرقام دالة sigmoid_focal_loss في torchvision. يعمل دون اتصال بعد تحميله مرة.
tool-embed = تضمين…
tool-exercise = أنشئ رابط تمرين…
tool-present = وضع العرض التقديمي
toolbar-label = أدوات الصفحة
share-button = انسخ رابط هذه الحالة
share-copied = نُسخ الرابط (إن سمح متصفحك):
share-permalink = الرابط الدائم
embed-frame-title = مستكشف الخسارة البؤرية: { $panel }
embed-panel-label = اللوحة المراد تضمينها
embed-paste = الصق هذا في صفحتك:
embed-resize-comment = اختياري: دع الإطار يضبط حجمه (انظر embed-resize.js بجانب التطبيق)
embed-copy = انسخ المقتطف
example-easy = مثال سهل (p_t = { $pt })
example-easy-why = مصنَّف جيدًا بالفعل: تضرب الخسارة البؤرية خسارته في ⁦(1 − { $pt })^γ⁩ فتكاد تمحوها.
example-hard = مثال صعب (p_t = { $pt })
example-hard-why = مصنَّف خطأً: يبقى ⁦(1 − { $pt })^γ⁩ قريبًا من 1، فتحتفظ الخسارة البؤرية بمعظم إنتروبياه المتقاطعة.
example-paper-100 = الورقة: ⁦γ = { $gamma }, p_t = { $pt } → { $ratio }×⁩
example-paper-100-why = نقطة التحقق الأولى في الورقة: مع γ = { $gamma } وبلا α، خسارة مثال عند p_t = { $pt } أقل بـ { $ratio }× منها مع CE.
example-paper-1000 = الورقة: ⁦γ = { $gamma }, p_t ≈ { $pt } → ~{ $ratio }×⁩
example-paper-1000-why = نقطة التحقق الثانية في الورقة: عند p_t ≈ { $pt } تقل الخسارة نحو { $ratio }× (بالضبط { $exact }× عند { $pt }).
examples-label = أمثلة
readout-ce = الإنتروبيا المتقاطعة ⁦CE = −ln p_t⁩
readout-modulating = معامل التعديل ⁦(1 − p_t)^γ⁩
readout-fl = الخسارة البؤرية FL
legend-label = مفتاح المخططات
legend-current = { $gamma } (الحالية)
legend-point = النقطة الحالية
explorer-chart-summary = { $title }. منحنيات γ = { $gammas } وγ الحالية = { $gamma }. النقطة المعلَّمة: p_t = { $x }، القيمة { $y }.
present-lab-why = سيناريو مختبر التدريب: يقول تعليقه ما الذي يجب مراقبته.
chart-loss-title = الخسارة البؤرية مقابل p_t
chart-loss-title-weighted = الخسارة البؤرية الموزونة بـ α_t مقابل p_t
chart-modulating-title = معامل التعديل ⁦(1 − p_t)^γ⁩
chart-gradient-title = |dFL/dlogit| مقابل p_t
chart-gradient-title-weighted = |dFL/dlogit| الموزون بـ α_t مقابل p_t
axis-loss = الخسارة
axis-factor = المعامل
axis-gradient = |التدرج|
axis-pt = p_t (احتمال الفئة الصحيحة)
times-zero = FL تساوي 0: ⁦α_t = 0⁩ تُسقط هذا المثال
times-equal = FL تساوي CE (بلا تخفيض للوزن)
times-smaller = FL أصغر من CE بـ { $ratio }×
formula-ce = الإنتروبيا المتقاطعة
formula-fl = الخسارة البؤرية
formula-gradient = تدرج الخسارة البؤرية بالنسبة إلى اللوجيت
table-show = اعرض جدولًا
table-hide = أخفِ الجدول
chart-export = { $title }: تصدير
chart-as-table = { $title } في جدول
correction-not-a-number = ⁦{ $key }=“{ $given }”⁩ ليس رقمًا، لذا تُستخدم ⁦{ $key } = { $used }⁩.
correction-below-min = ⁦{ $key }=“{ $given }”⁩ أقل من أصغر قيمة مسموح بها، لذا تُستخدم ⁦{ $key } = { $used }⁩.
correction-above-max = ⁦{ $key }=“{ $given }”⁩ أكبر من أكبر قيمة مسموح بها، لذا تُستخدم ⁦{ $key } = { $used }⁩.
correction-unknown-option = ⁦{ $key }=“{ $given }”⁩ ليس من الخيارات، لذا تُستخدم ⁦{ $key } = { $used }⁩.
correction-repeated = ⁦{ $key }=“{ $given }”⁩ ورد أكثر من مرة والعبرة بالأخير، لذا تُستخدم ⁦{ $key } = { $used }⁩.
correction-wrong-length = ⁦{ $key }=“{ $given }”⁩ فيه عناصر أكثر أو أقل من اللازم، لذا تُستخدم ⁦{ $key } = { $used }⁩.
correction-inconsistent = ⁦{ $key }=“{ $given }”⁩ لا يتوافق مع الإعدادات الأخرى، لذا تُستخدم ⁦{ $key } = { $used }⁩.
correction-not-whole = ⁦{ $key }=“{ $given }”⁩ ليس عددًا صحيحًا، لذا تُستخدم ⁦{ $key } = { $used }⁩.
correction-unknown-name = ⁦{ $key }=“{ $given }”⁩ يسمّي شيئًا ليس في هذه الصفحة، لذا تُستخدم ⁦{ $key } = { $used }⁩.
notice-heading = عُدّلت بعض معاملات الرابط:
notice-dismiss = إغلاق
later-failed = لم يُحمَّل باقي الصفحة (هل انقطعت الشبكة؟). المستكشف أعلاه يعمل.
later-retry = أعد المحاولة
panic-before = حدث خطأ —
panic-reload = أعد التحميل
panic-after = (إعداداتك محفوظة في الرابط).
imbalance-sentence-less = عند { $ratio }، تحمل الأمثلة السالبة (متوسط p_t ‏{ $pt }) ‏{ $ce } من خسارة CE لكن { $fl } فقط من الخسارة البؤرية (⁦γ = { $gamma }⁩).
imbalance-sentence-more = عند { $ratio }، تحمل الأمثلة السالبة (متوسط p_t ‏{ $pt }) ‏{ $ce } من خسارة CE و{ $fl } من الخسارة البؤرية (⁦γ = { $gamma }⁩).
verdict-start = اضغط «تشغيل» (أو «خطوة») لتدريب التشغيلين من الأوزان الابتدائية نفسها.
verdict-tie = بعد { $epoch } حقبة يرتّب التشغيلان مجموعة الاختبار بالجودة نفسها تقريبًا (AP ‏{ $a } لـ A و{ $b } لـ B).
verdict-lead = بعد { $epoch } حقبة يتقدم التشغيل { $winner } ({ $w }) على التشغيل { $loser } ({ $l }) بفارق { $gap } في AP ‏({ $high } مقابل { $low }).
verdict-best = أفضل AP ممكن على قسم الاختبار هذا (بالترتيب وفق نسبة الأرجحية الدقيقة لتوزيعات البيانات نفسها) هو { $best }: يبلغ A ‏{ $a } منه وB ‏{ $b }. الاستدعاء عند 0.5: ‏A ‏{ $ra }، B ‏{ $rb }.
verdict-why-tie = هذا متوقع بعد تقارب التدريب: في الطرفين تتصرف الخسارة البؤرية مثل الإنتروبيا المتقاطعة على لوجيتات أكبر بثلاث مرات، فالنموذج القادر على تحجيم أوزانه يبلغ الترتيب نفسه تقريبًا بأي من الخسارتين. ما تغيّره الخسارة البؤرية هو الأمثلة التي يصغي إليها التدرج (راقب الحقب الأولى ودوال التوزيع التراكمي للخسارة) وطريقة معايرة الاحتمالات. أما المكاسب الكبيرة في الورقة فتأتي من كاشفات عميقة تقيّم 100,000 مرساة في كل صورة، حيث تطغى الأمثلة السالبة السهلة على كل خطوة.
multiclass-heading = الخسارة البؤرية متعددة الفئات (softmax)
multiclass-intro = ⁦FL = −α_t (1 − p_t)^γ ln p_t⁩ حيث ⁦p = softmax(logits)⁩؛ α لكل فئة (اصطلاح Keras).
multiclass-target-row = { $k } (الهدف)
multiclass-class = الفئة { $k }
multiclass-table = جدول متعدد الفئات
multiclass-col-class = الفئة
multiclass-col-logit = اللوجيت
multiclass-col-p = p ‏softmax
multiclass-ce = ⁦CE = −ln p_target⁩
variant-ce-citation = الإنتروبيا المتقاطعة؛ الخسارة البؤرية مع ⁦γ = 0⁩
variant-flstar-citation = Lin وآخرون 2017، الملحق A (معروضة مع ⁦γ = 2, β = 1⁩ و⁦γ = 4, β = 0⁩)
variant-flsd-formula = الخسارة البؤرية مع ⁦γ = 5⁩ حيث ⁦p_t < 0.2⁩، وإلا ⁦γ = 3⁩
variants-chart-title = الخسارة مقابل p_t لمثال موجب، حسب المتغير
variants-heading = المتغيرات جنبًا إلى جنب
variants-summary = الخسارة مقابل p_t لمثال موجب مع CE، والخسارة البؤرية مع ⁦γ = { $gamma }⁩، و⁦FL* (γ = 2, β = 1; γ = 4, β = 0)⁩، وPoly-1 مع ⁦ε = { $epsilon }⁩، وFLSD-53.
imbalance-heading = عدم توازن الفئات: لماذا تُغرق الأمثلةُ السالبة السهلة الإنتروبيا المتقاطعة
imbalance-intro-1 = يقيّم الكاشف الكثيف نحو { $anchors } صندوقًا مرشحًا في كل صورة، وأقل من { $objects } منها أجسام.
imbalance-intro-2 = لكل مثال سالب سهل خسارة صغيرة، لكنها كثيرة إلى حد أنها تهيمن مع الإنتروبيا المتقاطعة على الخسارة والتدرج معًا.
imbalance-intro-3 = هنا يتبع p_t لكل فئة توزيعًا لوجيتيًا طبيعيًا؛ وتُحسب التوقعات بالتكامل العددي.
shares-table = جدول حصص الخسارة
shares-caption = لكل مثال وعلى ⁦N = { $n }⁩ مثال
shares-col-loss = الخسارة
shares-col-pos = لكل موجب
shares-col-neg = لكل سالب
shares-col-total = المجموع على N
shares-col-share = حصة السالبة من الخسارة
shares-col-grad = حصة السالبة من |التدرج|
gamma-row-current = { $gamma } (الحالية)
gamma-table = جدول أثر γ
gamma-caption = كيف توازن γ بين مثال سهل (⁦p_t = { $easy }⁩) ومثال صعب (⁦p_t = { $hard }⁩): ⁦(1 − p_t)^γ⁩
gamma-col-easy = وزن السهل
gamma-col-hard = وزن الصعب
gamma-col-ratio = الصعب ÷ السهل
share-summary = نسبة الخسارة والتدرج التي تحملها الأمثلة السالبة للنسب من ⁦1:1⁩ إلى ⁦1:100,000⁩، مع CE وα-CE وFL. { $sentence }
mass-summary = أين تقع خسارة { $loss } على p_t: تحمل السالبة حول ⁦p_t { $neg }⁩ ‏{ $share }، وتحمل الموجبة حول ⁦p_t { $pos }⁩ الباقي.
imbalance-chart-note-1 = اليسار: الخطوط المتصلة حصة الخسارة، والمتقطعة حصة |التدرج|؛ والخط العمودي هو النسبة الحالية.
imbalance-chart-note-2 = الوسط واليمين: العدد × الكثافة × الخسارة لكل فئة، كحصة من المجموع، فتكون المساحة تحت المنحنيين معًا 1.
share-series-loss = خسارة { $loss }
share-series-grad = |تدرج| { $loss }
share-chart-title = الحصة من السالبة (متصل: الخسارة، متقطع: |التدرج|)
share-axis-x = السالبة لكل موجب
share-axis-y = النسبة من السالبة
mass-negatives = السالبة
mass-positives = الموجبة
mass-chart-title = أين تقع خسارة { $loss }
mass-axis-x = p_t (مقياس لوغاريتم الأرجحية)
mass-axis-y = الحصة من الخسارة الكلية
alpha-calc-heading = α من تكرارات الفئات
alpha-table = جدول أوزان الفئات
alpha-col-count = العدد
alpha-col-freq = التكرار
alpha-col-inv = التكرار العكسي ⁦N/(K·n)⁩، مقصوصًا إلى ⁦[{ $lo }, { $hi }]⁩
alpha-col-cb = موزونة حسب الفئة (Cui وآخرون 2019)
alpha-col-from-freq = α من التكرار ⁦1 − n/N⁩، مقصوصًا إلى ⁦[{ $lo }, { $hi }]⁩
alpha-note-1 = تستخدم الأوزان الموزونة حسب الفئة العدد الفعلي ⁦(1 − βⁿ)/(1 − β)⁩ وتُطبَّع ليكون مجموعها عدد الفئات.
alpha-note-2 = العمود الأخير قاعدة كثير من قواعد شيفرة الخسارة البؤرية («α من التكرار»): ⁦1 − n/N⁩ لكل فئة، مقصوصًا وغير مطبَّع؛ وخلافًا للتكرار العكسي لا يتجاوز 0.9 مهما ندرت الفئة، وخلافًا للأوزان الموزونة حسب الفئة يتجاهل عدد أمثلة الفئة المطلق ولا ينظر إلا إلى حصتها.
alpha-note-3 = لاحظ أن ⁦α = 0.25⁩ الثنائية في الورقة تسير عكس التكرار العكسي: فبعد أن تخفّض γ وزن الأمثلة السالبة السهلة، تعطي أفضل α الأمثلة الموجبة النادرة وزنًا أقل لا أكثر (Lin وآخرون، الجدول 1a).
prior-heading = تهيئة الانحياز بالاحتمال المسبق (§3.3)
prior-bias = الانحياز ⁦b = −ln((1 − π)/π)⁩
prior-ce-zero = CE الابتدائية، ⁦b = 0⁩
prior-ce-prior = CE الابتدائية، b من π
prior-fl-zero = FL الابتدائية، ⁦b = 0⁩
prior-fl-prior = FL الابتدائية، b من π
prior-sentence = مع ⁦b = 0⁩ تبدأ كل مرساة عند ⁦p = 0.5⁩، فتساهم الخلفية وحدها بـ { $zero } في الخسارة الأولى؛ والبدء عند ⁦p = π⁩ يخفضها إلى { $prior }، ويكون التدريب مستقرًا من الخطوة الأولى.
caption-custom = إعدادات حرة. اختر سيناريو أعلاه لترى ادعاءً واحدًا مُبرهَنًا، أو غيّر ما تشاء أدناه.
caption-helps = يرتّب التشغيل B (الخسارة البؤرية، ⁦γ = { $gamma }⁩، بلا α) مجموعة الاختبار أفضل من التشغيل A (الإنتروبيا المتقاطعة) بعد { $epochs } حقبة من الانحدار بالدفعة الكاملة: بفارق { $min } على الأقل في AP في كل بذرة تفحصها الاختبارات. راقب مؤشر حصة السهلة والشكل 4: مع CE تحمل الأمثلة السالبة السهلة البالغة { $easy } معظم التدرج، فتقلّص خطوات CE الأولى غالبًا الوزن على امتداد المحور العريض للسحابة السهلة، وهو بالضبط الاتجاه الذي يفصل الأمثلة الموجبة البالغة { $positives } عن الأمثلة السالبة الصعبة البالغة { $hard } بجوارها؛ أما خطوات FL فتتبع الموجبة مقابل السالبة الصعبة منذ البداية. يبقى كلاهما أدنى بكثير من خط بايز: لا يستطيع نموذج خطي أن يلائم هذا التوزيع. زد الحقب لترى ميزانية أطول: في الطرفين تتصرف ⁦FL(z)⁩ مثل ⁦CE(3z)⁩، فالنموذج القادر على تحجيم لوجيتاته يبلغ الترتيب نفسه بأي من الخسارتين. هنا تصل الخسارة البؤرية أسرع.
caption-prior = يستخدم التشغيلان الخسارة نفسها (الخسارة البؤرية، ⁦γ = { $gamma }⁩)؛ ولا يختلفان إلا في نقطة بدء الانحياز: التشغيل A عند ⁦b = 0⁩، والتشغيل B عند ⁦b = −ln((1 − π)/π)⁩ مع ⁦π = { $prior }⁩ (§3.3 من الورقة). عند ⁦b = 0⁩ يبدأ كل واحد من الأمثلة السالبة البالغة { $negatives } عند ⁦p = 0.5⁩ بخسارة كبيرة، فيطغى تدرجها على الخطوات الأولى: بعد { $epochs } حقبة يتقدم B على A بفارق { $min } على الأقل في AP في كل بذرة تفحصها الاختبارات. ويُظهر خط بايز مدى اقتراب B.
caption-convex = فئتان غاوسيتان بسمات تربيعية: النموذج صحيح التحديد (نسبة لوغاريتم الأرجحية الدقيقة تربيعية) والخسارة محدبة. بعد { $epochs } حقبة من SGD بدفعات صغيرة ينتهي التشغيلان على بعد أقل من { $bayes } في AP من خط بايز وأقل من { $each } أحدهما من الآخر في كل بذرة تفحصها الاختبارات. لا تستطيع الخسارة البؤرية المساعدة هنا: مع خسارة محدبة ونموذج يحتوي أفضل ترتيب، تجده أي خسارة سليمة إذا دُرّبت بما يكفي.
caption-alpha = تشغيلان بالخسارة البؤرية مع ⁦γ = { $gamma }⁩: التشغيل A مع ⁦α = { $alpha-a }⁩، والتشغيل B مع ⁦α = { $alpha-b }⁩ (اختيار الورقة عند ⁦γ = 2⁩). توازن α بين الموجبة والسالبة، وهذا يزيح كل درجة أكثر مما يعيد ترتيبها: بعد { $epochs } حقبة يبقى الفرق بين قيمتي AP أقل من { $band } في كل بذرة تفحصها الاختبارات، بينما عند العتبة { $threshold } يكون استدعاء A أعلى بـ { $recall } على الأقل ودقة B أعلى بـ { $precision } على الأقل. في هذا النموذج تحدد α غالبًا أين تقطع العتبة، لا جودة ترتيب التشغيلين.
lab-heading = مختبر التدريب: الإنتروبيا المتقاطعة مقابل الخسارة البؤرية على بيانات { $ratio }
lab-intro-1 = نموذجا انحدار لوجستي، A وB، يتدربان معًا على البيانات الاصطناعية نفسها من الأوزان الابتدائية نفسها؛ ولا تختلف إلا خسارتاهما.
lab-intro-2 = تُقاس المقاييس على قسم اختبار منفصل مولَّد بالطريقة نفسها. مع عدم التوازن لا تقول الدقة الإجمالية شيئًا (التنبؤ بـ«سالب» في كل مكان صحيح بنسبة { $accuracy })، فراقب AP والدقة والاستدعاء.
lab-capped = تُستخدم { $used } أمثلة موجبة بدل { $asked }: يتسع القسم عند هذه النسبة لـ { $max } مثال على الأكثر.
lab-bayes = أفضل AP ممكن (ترتيب بايز الأمثل لقسم الاختبار)
lab-buttons = التدريب
lab-play = تشغيل
lab-pause = إيقاف مؤقت
lab-step = تقدّم حقبة واحدة
lab-reset = إعادة الضبط
lab-epoch = الحقبة
lab-export-csv = تصدير البيانات (CSV)
lab-export-json = تصدير السجل (JSON)
lab-chart-pending = مخطط من مختبر التدريب، بعد رسم بياناته
heatmap-summary = { $title }: احتمال النموذج على المستوى (الأزرق سالب، البرتقالي موجب)، مع { $positives } مثالًا موجبًا وعينة من { $negatives } مثالًا سالبًا.
run-heading = التشغيل { $run } — { $loss }
run-train-loss = خسارة التدريب
run-test-loss = خسارة الاختبار
run-ap = AP (الاختبار)
run-ap-share = AP كحصة من الأفضل الممكن
run-roc-auc = ROC-AUC (الاختبار)
run-precision = الدقة عند { $threshold }
run-recall = الاستدعاء عند { $threshold }
run-easy-share = حصة الأمثلة السهلة من الخسارة (⁦p_t > { $pt }⁩)
run-weights = الأوزان (⁦x, y, x², y², xy⁩، الانحياز):
confusion-caption = التشغيل { $run } عند العتبة { $threshold }
confusion-predicted-pos = متنبأ +
confusion-predicted-neg = متنبأ −
confusion-actual-pos = فعلي +
confusion-actual-neg = فعلي −
scenario-modified = تختلف هذه الإعدادات عن إعدادات السيناريو، فقد لا يصح ادعاؤه.
scenario-restore = استعد إعدادات السيناريو
settings-heading = الإعدادات
settings-data = البيانات
settings-shape-note = في هذا التوزيع لا يبلغ أي تشغيل أفضل AP ممكن: الحد الأفضل منحنى في مواجهة الأمثلة السالبة الصعبة وآخر في مواجهة السحابة السهلة، بينما يرسم النموذج خطًا واحدًا (أو قطعًا مخروطيًا واحدًا مع السمات التربيعية).
settings-optimisation = التحسين (كلا التشغيلين)
settings-adaptive = γ تكيفية: ⁦{ $start } → { $end }⁩
settings-run = التشغيل { $run }
settings-note = يبدأ تغيير أي إعداد تجربة جديدة (يُعاد ضبط التشغيلين). وعندما تكون جدولة γ خطية، تحل محل γ في كل تشغيل بؤري.
diverged-loss = أصبحت خسارة التدريب لانهائية أو NaN
diverged-weights = أصبحت الأوزان لانهائية أو NaN
diverged-exploded = انفجرت خسارة التدريب إلى أكثر من { $times }× قيمتها الأولى ({ $loss })
lab-diverged = تباعد التشغيل { $run } عند الحقبة { $epoch }: { $why }. التدريب متوقف مؤقتًا. خفّض معدل التعلم، أو فعّل قص التدرج أو الإحماء، ثم اضغط «إعادة الضبط».
lab-diverged-short = التشغيل { $run } عند الحقبة { $epoch }: { $why }
heatmap-title = التشغيل { $run } ({ $loss }): ⁦p(positive)⁩
published-summary = نتائج منشورة للسياق (COCO، كاشفات عميقة — لم تُحسب هنا)
published-1a-label = الجدول 1a من الورقة
published-1a = Lin وآخرون 2017، الجدول 1a: ‏CE الموزونة بـ α ‏(⁦γ = 0⁩)، ResNet-50، ‏COCO minival
published-1b-label = الجدول 1b من الورقة
published-1b = Lin وآخرون 2017، الجدول 1b: الخسارة البؤرية، أفضل α لكل γ
published-coco-label = جدول كاشفات COCO
published-coco = ‏COCO test-dev كما نشرته كل ورقة (السرعات على عتاد كل ورقة؛ غير قابلة للمقارنة بين الصفوف)
published-col-detector = الكاشف
published-col-backbone = الشبكة الأساسية
published-col-source = المصدر
detector-fcos-improved = FCOS مع التحسينات
source-fpn = Lin وآخرون 2017 ‏(FPN)، عن الجدول 2 في RetinaNet
source-dssd = Fu وآخرون 2017 ‏(DSSD)، عن الجدول 2 في RetinaNet
source-retinanet = Lin وآخرون 2017، الجدول 2
source-fcos = Tian وآخرون 2019 ‏(ICCV)، الجدول 5
source-fcos-improved = Tian وآخرون 2019، الجدول 5 (الصف الذي يتضمن التحسينات اللاحقة)
lab-series-train = { $run } تدريب
lab-series-test = { $run } اختبار
lab-loss-title = الخسارة ÷ الخسارة عند الحقبة 0
lab-loss-axis = الخسارة النسبية
lab-series-ap = { $run } ‏AP
lab-bayes-series = الأفضل الممكن (بايز)
lab-ap-title = متوسط الدقة (الاختبار)
lab-series-precision = { $run } الدقة
lab-series-recall = { $run } الاستدعاء
lab-pr-epochs-title = الدقة والاستدعاء عند { $threshold } (الاختبار)
lab-fraction-axis = النسبة
lab-pr-title = الدقة–الاستدعاء الآن (الاختبار)
lab-axis-recall = الاستدعاء
lab-axis-precision = الدقة
lab-axis-epoch = الحقبة
cdf-positives = الموجبة ⁦γ = { $gamma }⁩
cdf-negatives = السالبة ⁦γ = { $gamma }⁩
cdf-title = دالة التوزيع التراكمي للخسارة، التشغيل { $run } (الشكل 4 في الورقة)
cdf-axis-x = نسبة الأمثلة
cdf-axis-y = الخسارة المطبَّعة التراكمية
quiz-ce-over-fl-q = مع ⁦γ = { $gamma }⁩ وبلا α، لمثال سهل ⁦p_t = { $pt }⁩. كم مرة تصغر خسارته البؤرية عن إنتروبياه المتقاطعة؟
quiz-ce-over-fl-why = ⁦(1 − p_t)^γ = { $base }² = { $factor }⁩، إذن الخسارة البؤرية أصغر من CE بـ { $ratio }× ({ $fl } مقابل { $ce }). فكرة الورقة: المثال السهل لم يعد يكاد يُحسب.
quiz-alpha-class-q = مع ⁦α = { $alpha }⁩، أي فئة تحصل على وزن أكبر؟
quiz-alpha-class-positives = الموجبة (الفئة النادرة)
quiz-alpha-class-negatives = السالبة (الخلفية)
quiz-alpha-class-both = كلتاهما بالتساوي
quiz-alpha-class-why = α وزن الموجبة و⁦1 − α⁩ وزن السالبة: { $pos } مقابل { $neg }. مع ⁦γ = 2⁩ وجدت الورقة أن ⁦α = 0.25⁩ الأفضل: فالخسارة البؤرية تُسكت بالفعل الأمثلة السالبة السهلة الكثيرة، فتحتاج الفئة النادرة عونًا أقل مما تعطيه CE الموزونة بـ α.
quiz-prior-bias-q = ما الانحياز b الذي يجعل نموذجًا جديدًا يتنبأ بـ ⁦p = { $prior }⁩ لكل مرساة (الاحتمال المسبق ⁦π = { $prior }⁩)؟
quiz-prior-bias-why = ⁦b = −ln((1 − π)/π) = −ln(99) = { $bias }⁩. بالبدء من هناك لا تطغى الأمثلة السالبة السهلة البالغة { $negatives } على الخطوات الأولى من التدريب (§3.3 من الورقة)؛ أما ⁦b = 0⁩ فيبدأ كل مرساة عند ⁦p = 0.5⁩.
quiz-gamma-zero-q = مع ⁦γ = 0⁩ وبلا α، الخسارة البؤرية…
quiz-gamma-zero-exact = تساوي الإنتروبيا المتقاطعة تمامًا
quiz-gamma-zero-half = نصف الإنتروبيا المتقاطعة
quiz-gamma-zero-easy = صفر للأمثلة السهلة
quiz-gamma-zero-why = ⁦(1 − p_t)⁰ = 1⁩ لكل p_t، إذن ⁦FL = CE⁩ على كل مثال (تحققنا هنا من −20 إلى 20 في اللوجيت، للفئتين). ومع α تصبح CE الموزونة بـ α.
quiz-neg-share-q = عند مثال موجب واحد لكل { $negatives } مثال سالب (توزيعات لوحة عدم التوازن)، ما الحصة من خسارة الإنتروبيا المتقاطعة التي تأتي من السالبة؟ (بالنسبة المئوية)
quiz-neg-share-why = تأتي { $share } من خسارة CE من السالبة، مع أن خسارة كل مثال سالب سهل صغيرة: فهناك ألف منها لكل موجب. هذا هو عدم التوازن الذي صُممت الخسارة البؤرية له.
quiz-hard-gradient-q = مثال صعب (⁦p_t = { $pt }⁩، ⁦γ = { $gamma }⁩، بلا α): كم تحتفظ الخسارة البؤرية من تدرج الإنتروبيا المتقاطعة ⁦|dCE/dlogit|⁩ له؟
quiz-hard-gradient-all = معظمه تقريبًا
quiz-hard-gradient-half = نحو النصف
quiz-hard-gradient-tenth = نحو العُشر أو أقل
quiz-hard-gradient-why = { $kept } منه ({ $fl } مقابل { $ce })؛ أما المثال السهل (⁦p_t = 0.9⁩) فيحتفظ بـ { $easy } فقط. تخفض الخسارة البؤرية التدرج على الأمثلة السهلة لا الصعبة، فتقود الصعبة.
quiz-alpha-ap-q = في سيناريو α في المختبر (⁦γ = 2⁩)، ماذا تفعل ⁦α = 0.25⁩ بدل 0.75 بمتوسط الدقة؟
quiz-alpha-ap-raises = ترفعه بوضوح
quiz-alpha-ap-lowers = تخفضه بوضوح
quiz-alpha-ap-barely = بالكاد تغيّره: α تحرك العتبة لا الترتيب
quiz-alpha-ap-why = في كل بذرة جربتها الاختبارات يبقى الفرق بين قيمتي AP للتشغيلين أقل من 0.01، بينما عند العتبة يكون الاستدعاء أعلى مع ⁦α = 0.75⁩ والدقة أعلى مع ⁦α = 0.25⁩: وزن الفئة يزيح مواضع الدرجات لا ترتيبها.
quiz-fl-above-ce-q = هل يمكن أن تكون الخسارة البؤرية (⁦γ ≥ 0⁩، ‏α في ⁦[0, 1]⁩ أو بلا α) أكبر يومًا من الإنتروبيا المتقاطعة على المثال نفسه؟
quiz-fl-above-ce-yes = نعم، للأمثلة الصعبة
quiz-fl-above-ce-no = لا، أبدًا
quiz-fl-above-ce-why = لا: ⁦(1 − p_t)^γ ≤ 1⁩ و⁦α_t ≤ 1⁩، إذن ⁦FL = α_t (1 − p_t)^γ CE ≤ CE⁩ على كل مثال. الخسارة البؤرية تنقص فقط، وتنقص من الصعبة أقل مما تنقص من السهلة.
quiz-not-a-number = «{ $raw }» ليس رقمًا.
quiz-pick-first = اختر إحدى الإجابات أولًا.
quiz-right = صحيح. { $why }
quiz-wrong = ليس تمامًا: { $answer }. { $why }
quiz-label = اختبر نفسك: { $panel }
quiz-heading = اختبر نفسك
quiz-your-answer = إجابتك…
quiz-check = تحقق من إجابتي
quiz-forget = انسَها
exercise-group-shared = γ وα والاحتمال المسبق π (تشترك فيها عدة لوحات)
exercise-free = حر الحركة
exercise-locked = مقفل عند قيمة هذه الصفحة
exercise-hidden = مخفي
exercise-heading = أنشئ رابط تمرين
exercise-note = يحفظ الرابط قيم هذه الصفحة الحالية: اضبطها أولًا، ثم اختر ما يراه المتعلمون. يعرض عنصر التحكم المقفل قيمته ولا يمكن تحريكه.
exercise-panels = اللوحات المعروضة
exercise-controls = عناصر التحكم
exercise-checks = أسئلة «اختبر نفسك» المطروحة
exercise-present = افتح في وضع العرض التقديمي
exercise-link = رابط التمرين:
exercise-copy = انسخ الرابط
exercise-preview = معاينة
exercise-open-tab = افتح في علامة تبويب جديدة
exercise-frame = معاينة رابط التمرين
exercise-embed = أو ضمّن لوحة واحدة بعناصر التحكم نفسها مخفية ومقفلة:
exercise-snippet = مقتطف التضمين
present-intro = وضع العرض التقديمي: يتنقل ⁦→⁩ و⁦←⁩ بين { $total } إعدادات جاهزة.
present-region = العرض التقديمي
present-back = الإعداد السابق
present-next = الإعداد التالي
present-exit = اخرج من وضع العرض التقديمي
code-copy = انسخ
code-returns = القيمة المُعادة للنقطة الحالية
code-listing = شيفرة { $library }
code-intro = لنقطة المستكشف الحالية (⁦p_t = { $pt }⁩، مثال { $class })، ⁦γ = { $gamma }⁩ و{ $alpha }:
code-positive = موجب
code-negative = سالب
code-no-alpha = بلا α
code-conventions = اصطلاحات تختلف بين المكتبات
convention-torchvision = تعطي torchvision وfvcore الموجبة α والسالبة ⁦1 − α⁩؛ و⁦α = −1⁩ (افتراضي fvcore) يُلغي الوزن. وافتراضي torchvision هو ⁦α = 0.25⁩.
convention-keras-alpha = تتجاهل BinaryFocalCrossentropy في Keras قيمة α ما لم يكن ⁦apply_class_balancing=True⁩ (الافتراضي False).
convention-keras-clip = تقص Keras الاحتمالات إلى ⁦[1e-7, 1 − 1e-7]⁩، فتتشبع خسارتها عند ⁦−ln(1e-7) ≈ 16.1⁩ حتى مع ⁦from_logits=True⁩، بينما تواصل خسارة torchvision النمو خطيًا مع اللوجيت.
convention-categorical = تضرب CategoricalFocalCrossentropy في Keras كل فئة في α (قيمة مفردة أو قيمة لكل فئة)؛ ومع α مفردة تعطي kornia الفئة 0 الوزن ⁦1 − α⁩ وكل فئة أخرى α.
convention-soft = التسميات اللينة: تستخدم torchvision ⁦p_t = p·y + (1 − p)(1 − y)⁩ مع y اللينة؛ وتزن الخسارة البؤرية الثنائية في kornia الحدين اللوغاريتميين كلًا على حدة، فيختلفان عندما ⁦0 < y < 1⁩.
yours-kept = { $problem } بقيت البيانات المعروضة سابقًا.
yours-unreadable = تعذرت قراءة الملف ({ $why }). بقيت البيانات المعروضة سابقًا.
yours-intro = ماذا ستفعل الخسارة البؤرية بمخرجات نموذجك؟ حمّل جدولًا بصف ترويسة: ‏label ‏(0 أو 1) وأحد العمودين logit (درجة خام) أو prob (احتمال الفئة الموجبة)؛ تُتجاهل الأعمدة الأخرى، وتصلح الفواصل أو علامات الجدولة أو الفواصل المنقوطة أو المسافات. تصبح مخرجات sigmoid لكل فئة من الكاشف صفًا لكل مرساة وفئة: ‏label ‏1 حيث تُسند المرساة إلى جسم من تلك الفئة.
yours-privacy = يُقرأ ملفك في علامة التبويب هذه ولا يغادرها أبدًا: لا يُرفع شيء، ولا توضع البيانات في الرابط (الرابط يحفظ γ وα فقط).
yours-open = افتح ملفًا (أو أفلته على هذه اللوحة)
yours-sample = حمّل العينة ({ $anchors } مرساة، { $ratio })
yours-paste = الصق صفوفًا بدلًا من ذلك
yours-paste-label = الصفوف، الترويسة أولًا
yours-load = حمّل الصفوف الملصقة
yours-reading = جارٍ القراءة…
yours-described = { $rows } صفًا من { $source } ({ $delimiter }، عمود { $column })، قُرئت ولُخّصت في { $seconds } ث.
yours-none-refused = لم يُرفض أي صف.
yours-refused-line = السطر { $line }: { $problem }
yours-refused-many = رُفض { $n } صفًا (تُستخدم الصفوف السليمة)؛ أول { $listed }:
yours-refused-one = رُفض صف واحد (تُستخدم الصفوف السليمة):
yours-refused-some = رُفض { $n } صفوف (تُستخدم الصفوف السليمة):
source-pasted = النص الملصق
source-sample = العينة المولَّدة
unreadable-slice = تعذر تقسيم الملف
unreadable-refused = رفض المتصفح قراءته
delimiter-commas = فواصل
delimiter-tabs = علامات جدولة
delimiter-semicolons = فواصل منقوطة
delimiter-spaces = مسافات
yours-rows = الصفوف المستخدمة
yours-refused = الصفوف المرفوضة
yours-ap = متوسط الدقة
yours-shares = من أين تأتي الخسارة
yours-shares-estimated = من أين تأتي الخسارة (تقديري أثناء السحب)
yours-shares-exact = من أين تأتي الخسارة (دقيق، كل الصفوف)
yours-col-share = الحصة من المجموع
yours-col-ce = الإنتروبيا المتقاطعة
yours-col-fl = الخسارة البؤرية
yours-row-neg = الخسارة من السالبة
yours-row-easy = الخسارة من الأمثلة السهلة (⁦p_t > { $pt }⁩)
yours-row-grad = |التدرج| من السالبة
yours-prior = معدل الموجبة π
yours-mean-p = متوسط p المتنبأ به
yours-bias = الانحياز المسبق ⁦b = −ln((1 − π)/π)⁩
yours-alpha-freq = α من الأعداد
yours-pt-summary = كيف تتوزع أمثلة كل فئة على p_t، على محور لوغاريتم الأرجحية.
yours-share-summary = تحمل السالبة { $fl } من الخسارة البؤرية و{ $grad } من تدرجها عند ⁦γ = { $gamma }⁩؛ و{ $ce } مع الإنتروبيا المتقاطعة.
calibration-none = بلا أمثلة موجبة لا يوجد معدل للمقارنة
calibration-close = قريب من المعايرة في المتوسط
calibration-over = { $ratio }× المعدل: يبالغ في التنبؤ بالموجبة في المتوسط
calibration-under = { $ratio }× المعدل: يقلل من التنبؤ بالموجبة في المتوسط
yours-prior-sentence = متوسط احتمال نموذجك { $mean } مقابل معدل موجبة ⁦π = { $prior }⁩: { $verdict }. والنموذج الذي يبدأ من الانحياز المسبق في الورقة ⁦b = { $bias }⁩ يتنبأ بـ ⁦p = π⁩ لكل مرساة.
yours-pt-title = أين تقع أمثلتك
yours-pt-axis = النسبة من الفئة
yours-share-gradient = |تدرجها|
yours-share-title = الحصة من أمثلتك السالبة مقابل γ، عند α هذه
row-not-a-number = { $column } «{ $text }» ليس رقمًا
row-not-finite = { $column } قيمة NaN أو لانهائية
row-label = التسمية { $value } ليست 0 ولا 1
row-prob-range = الاحتمال { $value } خارج ⁦[0, 1]⁩
row-infinite-loss = احتمال 0 أو 1 تمامًا على الفئة الخطأ (خسارة لانهائية)
row-missing = العمود { $column } مفقود
row-column-count = { $found } أعمدة بينما في الترويسة { $expected }
file-empty = الملف فارغ.
file-header-only = في الملف صف ترويسة ولا صفوف بيانات.
file-no-label = لا عمود «label» في الترويسة (0 للسالب، 1 للموجب).
file-both-scores = في الترويسة «logit» و«prob» معًا: أبقِ أحدهما ليتضح أيهما تستخدم الخسارة.
file-no-score = ليس في الترويسة «logit» (درجة خام) ولا «prob» (احتمال الفئة الموجبة).
file-not-text = هذا ليس ملفًا نصيًا: احفظ التنبؤات بصيغة CSV أو TSV.
file-too-large = حجم الملف { $size } ميغابايت؛ والحد { $limit } ميغابايت. خذ عينة من صفوفه أولًا (كل مرساة رقم k).
file-no-good-rows = لم يُستخدم أي صف؛ أسباب الصفوف الأولى مدرجة.
bug-alpha-everywhere-title = α على كل مثال
bug-alpha-everywhere-why = تضرب α خسارة كل مثال، فهي مجرد مقياس: يجب أن تحصل السالبة على ⁦1 − α⁩.
bug-alpha-swapped-title = α في الاتجاه الخطأ
bug-alpha-swapped-why = تحصل السالبة على α والموجبة على ⁦1 − α⁩: مع ⁦α = 0.25⁩ يُخفَّض وزن الموجبة النادرة لا السالبة.
bug-log10-title = لوغاريتم للأساس 10
bug-log10-why = تُحسب الإنتروبيا المتقاطعة بـ log₁₀، فكل خسارة ⁦1/ln 10 ≈ 0.434⁩ من الخسارة الحقيقية.
bug-log2-title = لوغاريتم للأساس 2
bug-log2-why = تُحسب الإنتروبيا المتقاطعة بـ log₂، فكل خسارة ⁦1/ln 2 ≈ 1.44⁩ ضعف الخسارة الحقيقية.
bug-no-gamma-title = γ مُهمَلة
bug-no-gamma-why = معامل التعديل ⁦(1 − p_t)^γ⁩ مفقود: الخسارة هي الإنتروبيا المتقاطعة الموزونة بـ α أيًّا كانت γ.
bug-gamma-on-p-title = γ على p لا p_t
bug-gamma-on-p-why = يستخدم المعامل p، احتمال الفئة الموجبة، بدل p_t: للمثال السالب يكون ⁦(1 − p)^γ⁩ أكبر ما يكون حين يكون سهلًا، فيُرفع وزن السالبة السهلة بدل خفضه.
bug-double-sigmoid-title = sigmoid مطبقة مرتين
bug-double-sigmoid-why = تمر المدخلات عبر sigmoid كانت قد طُبقت بالفعل، فيقع كل p في ⁦(0.5, 0.73)⁩ وتكاد الخسارة لا تعتمد على اللوجيت.
bug-double-sigmoid-fix = مرّر اللوجيتات إلى دالة تطبق sigmoid، أو الاحتمالات إلى دالة لا تطبقها.
bug-keras-clamp-title = قص Keras (اصطلاح)
bug-keras-clamp-why = ليس خطأً: يُقص p إلى ⁦[1e-7, 1 − 1e-7]⁩ داخل اللوغاريتم كما تفعل Keras، فتتوقف خسارة المثال شديد الخطأ عند ⁦−ln(1e-7) ≈ 16.1⁩.
bug-keras-clamp-fix = لا شيء لإصلاحه إن قصدت BinaryFocalCrossentropy في Keras؛ احسب CE من اللوجيتات لتطابق torchvision.
bug-mean-title = المتوسط
bug-mean-why = رقمك الوحيد هو متوسط الخسائر الدقيقة (⁦reduction="mean"⁩).
bug-mean-fix = صحيح إن قصدت المتوسط. أما الورقة فتطبّع بعدد الأمثلة الموجبة.
bug-sum-title = المجموع
bug-sum-why = رقمك الوحيد هو مجموع الخسائر الدقيقة (⁦reduction="sum"⁩).
bug-sum-fix = صحيح إن قصدت المجموع.
bug-sum-over-positives-title = المجموع على عدد الأمثلة الموجبة
bug-sum-over-positives-why = رقمك الوحيد هو مجموع الخسائر الدقيقة مقسومًا على عدد الأمثلة الموجبة: تطبيع الورقة.
bug-sum-over-positives-fix = صحيح: هكذا يطبّع RetinaNet (بالمراسي المسندة إلى أجسام).
paste-empty = الصق مخرجات دالتك أولًا: رقم في كل سطر، بترتيب المدخلات.
paste-not-a-number = القيمة { $index } («{ $text }») ليست رقمًا. الصق المخرجات فقط، واحدًا في كل سطر.
paste-count = لُصق { $found } رقمًا؛ والمتوقع { $expected } (واحد لكل صف في check-inputs.csv، ⁦reduction="none"⁩) أو 1 (خسارة مختزلة).
not-a-python-name = «{ $name }» ليس اسمًا صالحًا في Python
check-intro = تحمل شيفرة الخسارة البؤرية المنشورة الأخطاء القليلة نفسها مرة بعد مرة. شغّل شيفرتك على هذه الصفوف البالغة { $rows } (لوجيتات حتى ±30، وγ من 0 إلى 5، و⁦α = 0.25⁩ أو 0.5 أو 0.75 أو −1 لعدم الوزن، كما في torchvision) مع ⁦reduction="none"⁩، والصق مخرجاتها، وانظر هل هي صحيحة، وإن لم تكن فأي خطأ يفسرها.
check-step-inputs = 1. المدخلات
check-download = نزّل { $file }
check-columns = الأعمدة { $columns }؛ وتجدها أيضًا في { $file } بجانب هذه الصفحة.
check-step-pytest = 2. أو ملف pytest مولَّد
check-module = الوحدة
check-function = الدالة
check-pytest-note = يستدعي { $call } (توقيع torchvision) بدقة float64 وfloat32 ويقارن بالقيم الدقيقة (float32: ضمن { $rtol } نسبيًا، أو { $atol } تحت { $floor }). يطبع { $command } المخرجات لتلصقها أدناه.
check-step-paste = 3. الصق مخرجاتك
check-paste-label = رقم في كل سطر بترتيب المدخلات (يصلح موتر مطبوع)، أو رقم واحد لخسارة مختزلة
check-run = تحقق
check-or-try = أو جرّب:
check-an-example = مثالًا…
check-exact = القيم الدقيقة
check-float32 = صحيح، بدقة float32
check-gallery = معرض الأخطاء
check-usually = عادةً:
check-fix = الإصلاح:
check-correct = صحيح: كل صف يطابق الخسارة البؤرية الدقيقة.
check-bug = خطأ: { $bug }.
check-reduced = خسارة مختزلة: { $reduction }.
check-closest = أقرب مدخل في المعرض، { $bug }، يتفق في { $n } من { $rows } صفًا.
check-no-match = لا تطابق: المخرجات ليست القيم الدقيقة ولا أي خطأ في المعرض.
check-no-match-end = أكبر الفروق معلَّمة أدناه.
check-largest = أكبر خطأ مقارنة بالقيم الدقيقة:
check-floor = (نسبي؛ القيم الأصغر من { $floor } تُحسب { $floor }).
check-disagree = { $n } من { $rows } صفًا لا تتفق.
check-row-by-row = صفًا صفًا
check-table = مخرجاتك صفًا صفًا
check-col-yours = قيمتك
check-col-expected = المتوقع
check-col-error = الخطأ
export-series = السلسلة
export-p-positive = p(موجب)
