# Focal Loss Explorer: zh-Hans
