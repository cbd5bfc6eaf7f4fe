import { Popconfirm } from 'antd';

interface ConfirmDeleteProps {
  title: React.ReactNode;
  description?: React.ReactNode;
  onConfirm: () => unknown;
  children: React.ReactElement;
}

/** Every delete asks first, the same way: "Xoá" in red, or "Không". */
export function ConfirmDelete({ title, description, onConfirm, children }: ConfirmDeleteProps) {
  return (
    <Popconfirm
      title={title}
      description={description}
      okText="Xoá"
      cancelText="Không"
      okButtonProps={{ danger: true }}
      onConfirm={onConfirm}
    >
      {children}
    </Popconfirm>
  );
}
